using System.Collections.Immutable;
using Parley.Core.Session;

namespace Parley.Core.Analysis;

/// <summary>What <see cref="ScenarioAnalysis.Run(LensSession, AnalysisOptions, IProgress{AnalysisProgress}?, CancellationToken)"/> looks at and how hard.</summary>
public sealed record AnalysisOptions
{
    /// <summary>Extra variants to analyse besides the scenario's own levers: each is a combination of lever ids pulled together, in order.</summary>
    public ImmutableArray<ImmutableArray<string>> ExtraVariants { get; init; } = [];

    /// <summary>Whether each lever of the scenario is analysed as a variant of its own (true by default).</summary>
    public bool IncludeScenarioLevers { get; init; } = true;

    /// <summary>Monte Carlo draws per forecast issue.</summary>
    public int MonteCarloRuns { get; init; } = 1000;

    /// <summary>Monte Carlo draws of the uncertain figures behind each end state's probability.</summary>
    public int EndStateDraws { get; init; } = 200;

    /// <summary>Monte Carlo draws of the scenario's uncertain figures when testing claims (0 for none): how often each claim holds.</summary>
    public int ClaimDraws { get; init; } = 100;

    /// <summary>
    /// Whether the verdicts of the scenario as given carry their sensitivity (the figures that flip them);
    /// true by default. Their robustness (frequency over <see cref="ClaimDraws"/> draws) is computed either way.
    /// </summary>
    public bool Sensitivity { get; init; } = true;

    /// <summary>
    /// Whether each forecast model's reading carries its tornado (the inputs that swing it most); true by default. A
    /// caller that shows no tornado (the workspace's live what-if) turns it off: on a forecast with many actors it is
    /// most of the forecast's cost.
    /// </summary>
    public bool ForecastSensitivity { get; init; } = true;

    /// <summary>The master seed of every random draw, so that a run can be repeated exactly.</summary>
    public ulong Seed { get; init; } = 20250516;

    /// <summary>Bins of each forecast histogram over the axis.</summary>
    public int HistogramBins { get; init; } = 20;

    /// <summary>
    /// Whether the deal windows are scanned for every variant (false by default: for the scenario as
    /// given and for variants with a lever that starts along the horizon). Each scan runs the agreement
    /// lens at every sampled time, which makes it the dearest lens; a lever that acts from time 0 shows its
    /// effect on the verdicts in the agreement comparison.
    /// </summary>
    public bool WindowsForEveryVariant { get; init; }

    /// <summary>Steps of the windows' grid over the horizon (the ends of a window are then found by bisection to a quarter step).</summary>
    public int WindowSteps { get; init; } = 12;

    /// <summary>Largest number of states for which the graph of moves is kept in the result (the report draws it).</summary>
    public int MaxGraphStates { get; init; } = 64;

    /// <summary>Threads over variants and Monte Carlo blocks; null lets the runtime choose. Results do not depend on it.</summary>
    public int? MaxDegreeOfParallelism { get; init; }

    /// <summary>The time on the dynamics horizon at which every variant is taken, or null for none.</summary>
    public double? At { get; init; }

    /// <summary>
    /// The calendar date every variant (and every claim without a time of its own) is taken as of
    /// (<c>--at</c>), or null for none; it goes into each variant's key. Not together with <see cref="At"/>.
    /// </summary>
    public DateOnly? Date { get; init; }

    /// <summary>The lens options these analysis options imply (Monte Carlo runs, seed, window grid, threads).</summary>
    public LensOptions LensOptions => new()
    {
        MonteCarloRuns = MonteCarloRuns,
        Seed = Seed,
        WindowSteps = WindowSteps,
        EndStateDraws = EndStateDraws,
        MaxDegreeOfParallelism = MaxDegreeOfParallelism ?? -1,
    };
}
