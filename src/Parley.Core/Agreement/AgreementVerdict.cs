namespace Parley.Core.Agreement;

/// <summary>The answer to "is there a deal every party with a veto could accept?".</summary>
public enum AgreementVerdict
{
    /// <summary>At least one package is acceptable to every consenting actor.</summary>
    AgreementPossible,

    /// <summary>No package is acceptable to every consenting actor (an exact decision).</summary>
    NoAgreement,

    /// <summary>No consenting actor takes a position on these issues: the scenario cannot say.</summary>
    NoPositions,
}
