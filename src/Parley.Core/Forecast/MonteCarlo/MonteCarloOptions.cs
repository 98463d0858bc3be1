using System.Collections.Immutable;

namespace Parley.Core.Forecast;

/// <summary>Settings of a Monte Carlo forecast.</summary>
public sealed record MonteCarloOptions
{
    /// <summary>Number of runs (repetitions of the model).</summary>
    public int Runs { get; init; } = 1000;

    /// <summary>Master seed; each block of runs gets a seed derived from it.</summary>
    public ulong Seed { get; init; } = 20250516;

    /// <summary>Runs per block: the unit of work a thread takes, with its own generator.</summary>
    public int BlockSize { get; init; } = 64;

    /// <summary>Most threads; 1 runs sequentially. The result does not depend on it.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;

    /// <summary>Quantile levels to report.</summary>
    public ImmutableArray<double> QuantileLevels { get; init; } = [0.05, 0.25, 0.5, 0.75, 0.95];
}
