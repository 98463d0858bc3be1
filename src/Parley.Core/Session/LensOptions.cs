using Parley.Core.Agreement;
using Parley.Core.Forecast;

namespace Parley.Core.Session;

/// <summary>The one set of options every lens of a <see cref="LensSession"/> runs with.</summary>
public sealed record LensOptions
{
    /// <summary>The defaults of <c>parley analyze</c>.</summary>
    public static LensOptions Default { get; } = new();

    /// <summary>How much each lens computes.</summary>
    public LensDepth Depth { get; init; } = LensDepth.Explained;

    /// <summary>
    /// The options of every agreement search (blocking sets, search budget, tied packages per frontier
    /// point); its <see cref="AgreementOptions.Tracks"/> are ignored: the session is asked per track selection.
    /// </summary>
    public AgreementOptions Agreement { get; init; } = new();

    /// <summary>Monte Carlo draws per forecast distribution (at least 2 for a distribution).</summary>
    public int MonteCarloRuns { get; init; } = 1000;

    /// <summary>The master seed of every random draw.</summary>
    public ulong Seed { get; init; } = 20250516;

    /// <summary>The forecast model a query without one asks.</summary>
    public ForecastModel DefaultForecastModel { get; init; } = ForecastModel.ExpectedUtility;

    /// <summary>Steps of the windows' grid over the horizon (window ends are found by bisection to a quarter step).</summary>
    public int WindowSteps { get; init; } = 12;

    /// <summary>The windows' grid step in the horizon's unit, overriding <see cref="WindowSteps"/>; null to use it.</summary>
    public double? WindowStep { get; init; }

    /// <summary>How closely window ends are found, in the horizon's unit; null for a quarter step.</summary>
    public double? WindowPrecision { get; init; }

    /// <summary>
    /// Whether each sample of the windows' scan also finds the frontier and the bargaining solutions (what
    /// <c>parley dynamics</c> prints per sample); off by default, since the verdict alone decides a window.
    /// </summary>
    public bool WindowSolutions { get; init; }

    /// <summary>Monte Carlo draws of the uncertain figures behind each end state's probability.</summary>
    public int EndStateDraws { get; init; } = 200;

    /// <summary>Threads inside one lens run (Monte Carlo blocks); -1 lets the runtime choose. Results do not depend on it.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;
}
