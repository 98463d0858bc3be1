namespace Parley.Core.Agreement;

/// <summary>Which kind of demand keeps a deal shut.</summary>
public enum DealBarrier
{
    /// <summary>Nothing: some package is acceptable to every consenting actor.</summary>
    None,

    /// <summary>Red lines alone: no package lies inside every binding red line, whatever the walk-away values.</summary>
    RedLines,

    /// <summary>Walk-away values alone: no package meets every binding walk-away value, even with every red line relaxed.</summary>
    WalkAways,

    /// <summary>Red lines alone block, and walk-away values alone block as well.</summary>
    RedLinesAndWalkAways,

    /// <summary>Neither alone blocks: only red lines and walk-away values together leave no package.</summary>
    Combination,
}
