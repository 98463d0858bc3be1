using Parley.Core.Forecast;

namespace Parley.Core.Session;

/// <summary>The one set of options every lens of a <see cref="LensSession"/> runs with.</summary>
public sealed record LensOptions
{
    /// <summary>The defaults of <c>parley analyze</c>.</summary>
    public static LensOptions Default { get; } = new();

    /// <summary>How much each lens computes.</summary>
    public LensDepth Depth { get; init; } = LensDepth.Explained;

    /// <summary>Monte Carlo draws per forecast distribution (at least 2 for a distribution).</summary>
    public int MonteCarloRuns { get; init; } = 1000;

    /// <summary>The master seed of every random draw.</summary>
    public ulong Seed { get; init; } = 20250516;

    /// <summary>The forecast model a query without one asks.</summary>
    public ForecastModel DefaultForecastModel { get; init; } = ForecastModel.ExpectedUtility;

    /// <summary>Steps of the windows' grid over the horizon (window ends are found by bisection to a quarter step).</summary>
    public int WindowSteps { get; init; } = 12;

    /// <summary>Threads inside one lens run (Monte Carlo blocks); -1 lets the runtime choose. Results do not depend on it.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;
}
