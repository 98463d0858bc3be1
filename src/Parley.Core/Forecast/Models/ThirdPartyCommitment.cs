namespace Parley.Core.Forecast;

/// <summary>What a third party risks when it joins a side in a challenge (KTAB's ThirdPartyCommit).</summary>
public enum ThirdPartyCommitment
{
    /// <summary>It keeps its own position whatever happens.</summary>
    None,

    /// <summary>It keeps its position if its side wins and adopts the winner's if it loses (KTAB's default).</summary>
    Semi,

    /// <summary>It adopts the winning position either way.</summary>
    Full,
}
