namespace Parley.Web.Scenarios;

/// <summary>What became of a request to share a scenario.</summary>
public enum ShareOutcome
{
    /// <summary>The user now has the role asked for.</summary>
    Shared,

    /// <summary>No account has that e-mail address.</summary>
    NoSuchUser,

    /// <summary>The user owns the scenario already.</summary>
    IsOwner,
}
