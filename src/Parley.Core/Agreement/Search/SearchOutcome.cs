namespace Parley.Core.Agreement;

/// <summary>How an exact package search ended.</summary>
internal enum SearchOutcome
{
    /// <summary>A package was found.</summary>
    Found,

    /// <summary>The search proved that no package qualifies.</summary>
    None,

    /// <summary>The search budget ran out before a proof.</summary>
    BudgetExhausted,
}
