namespace Parley.Core.Model.Conflicts;

/// <summary>How a decision maker's preferences over states are given: <see cref="OptionPrioritization"/> or <see cref="StateRanking"/>.</summary>
public abstract record PreferenceModel
{
    /// <summary>A one-line description, for reports.</summary>
    public abstract string Describe();
}
