namespace Parley.Core.Claims;

/// <summary>What the lenses say about a claim.</summary>
public enum ClaimVerdict
{
    /// <summary>The test holds on the scenario (under the claim's levers and at its time).</summary>
    Supported,

    /// <summary>The test fails on the scenario.</summary>
    Refuted,

    /// <summary>
    /// The scenario lacks what the test needs (a section, an axis, a time within the horizon, a test at
    /// all); <see cref="ClaimResult.Missing"/> says what.
    /// </summary>
    Undecidable,
}
