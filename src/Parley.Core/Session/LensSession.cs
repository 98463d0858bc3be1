using System.Collections.Concurrent;
using System.Collections.Immutable;
using Parley.Core.Agreement;
using Parley.Core.Dynamics;
using Parley.Core.Forecast;
using Parley.Core.Model;
using Parley.Core.Stability;
using Parley.Core.Variants;

namespace Parley.Core.Session;

/// <summary>
/// One scenario looked at through every lens: per variant (levers and time, see <see cref="VariantKey"/>)
/// the variant is derived once and each lens result is computed once, lazily, with one set of
/// <see cref="LensOptions"/>. <c>analyze</c>, <c>compare</c>, every single-lens command, the claims and
/// the web app ask the same session, so one question never gets two answers.
/// </summary>
/// <remarks>
/// Thread-safe: results are kept as <see cref="Lazy{T}"/> values in concurrent maps, so two threads asking
/// for the same result share one run. <see cref="Calls"/> counts engine runs per lens (what the tests and
/// the performance docs use to show that nothing is computed twice).
/// </remarks>
public sealed partial class LensSession
{
    private readonly ConcurrentDictionary<VariantKey, Lazy<VariantDerivation>> _variants = new();
    private readonly ConcurrentDictionary<(VariantKey, string), Lazy<AgreementLensResult?>> _agreement = new();
    private readonly ConcurrentDictionary<(VariantKey, string), Lazy<AgreementResult?>> _selections = new();
    private readonly ConcurrentDictionary<VariantKey, Lazy<StabilityLensResult?>> _stability = new();
    private readonly ConcurrentDictionary<VariantKey, Lazy<ScenarioForecastInputs?>> _forecastInputs = new();
    private readonly ConcurrentDictionary<(VariantKey, string, ForecastModel), Lazy<ForecastLensResult?>> _forecasts = new();
    private readonly ConcurrentDictionary<(VariantKey, string, ForecastModel), Lazy<ForecastLensResult?>> _distributions = new();
    private readonly ConcurrentDictionary<string, Lazy<(MonteCarloResult Result, ImmutableArray<double> Sorted)>> _monteCarlo = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<VariantKey, Lazy<WindowsLensResult?>> _windows = new();
    private readonly ConcurrentDictionary<VariantKey, Lazy<ImmutableArray<ProposalAssessment>>> _proposals = new();
    private readonly ConcurrentDictionary<string, Lazy<object>> _memo = new(StringComparer.Ordinal);
    private readonly int[] _calls = new int[Enum.GetValues<LensKind>().Length];
    private readonly LensSession? _conflictSource;

    /// <summary>Opens a session on <paramref name="scenario"/>.</summary>
    /// <param name="scenario">The scenario as read.</param>
    /// <param name="options">The options of every lens; <see cref="LensOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">
    /// Stops the session's long computations (Monte Carlo runs, the claims' draws and probes) when a
    /// command's budget runs out or the user presses Ctrl+C. A result cancelled half-way is not cached
    /// as an answer: the session is finished with once its token fires, so give a long-lived session
    /// (a web grain's) no token and cancel per request around it.
    /// </param>
    public LensSession(Scenario scenario, LensOptions? options = null, CancellationToken cancellationToken = default)
        : this(scenario, options, null, cancellationToken)
    {
    }

    private LensSession(Scenario scenario, LensOptions? options, LensSession? conflictSource, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        Scenario = scenario;
        Options = options ?? LensOptions.Default;
        _conflictSource = conflictSource;
        CancellationToken = cancellationToken;
    }

    /// <summary>The token that stops this session's long computations.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>The scenario as read.</summary>
    public Scenario Scenario { get; }

    /// <summary>The options every lens runs with.</summary>
    public LensOptions Options { get; }

    /// <summary>
    /// A session on <paramref name="drawn"/>, a Monte Carlo draw of this session's uncertain figures, at
    /// <see cref="LensDepth.VerdictsOnly"/>. A draw changes capabilities, weights and walk-away values but
    /// never the conflict, so its stability results are this session's.
    /// </summary>
    public LensSession ForDraw(Scenario drawn)
    {
        ArgumentNullException.ThrowIfNull(drawn);
        return new LensSession(drawn, Options with { Depth = LensDepth.VerdictsOnly }, _conflictSource ?? this, CancellationToken);
    }

    /// <summary>How many times the engine behind <paramref name="lens"/> has run in this session.</summary>
    public int Calls(LensKind lens) => Volatile.Read(ref _calls[(int)lens]);

    /// <summary>The variant <paramref name="key"/>, derived once.</summary>
    public VariantDerivation Variant(VariantKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return _variants.GetOrAdd(key, k => new Lazy<VariantDerivation>(() =>
        {
            if (_conflictSource?.Variant(k) is not { } twin)
            {
                return ScenarioVariant.Derive(Scenario, k);
            }

            // A draw's variant, whose undrawn twin was derived: a draw changes figure values only, so ids,
            // references and the conflict are the twin's, and so are problems that no figure decides.
            return twin.Problems.IsEmpty
                ? ScenarioIntegrity.WithReferencesKnown(() => ScenarioVariant.Derive(Scenario, k, conflictKnownFeasible: true))
                : twin.ProblemsIndependentOfFigures ? twin : ScenarioVariant.Derive(Scenario, k);
        })).Value;
    }

    /// <summary>
    /// The agreement lens on <paramref name="track"/> of the variant; null when the variant cannot be
    /// derived or has no such track.
    /// </summary>
    public AgreementLensResult? Agreement(VariantKey key, string track)
    {
        ArgumentNullException.ThrowIfNull(track);
        return _agreement.GetOrAdd((key, track), k => new Lazy<AgreementLensResult?>(() =>
        {
            if (Variant(k.Item1).Scenario is not { } scenario || !scenario.Tracks.Contains(k.Item2))
            {
                return null;
            }

            Count(LensKind.Agreement);
            return Solve(k.Item2, AgreementProblem.From(scenario, [k.Item2]), Options.Agreement);
        })).Value;
    }

    // One track's problem at the session's depth: the verdict alone (the agreement space), or the whole
    // analysis. A problem where nobody holds a position has no space; the full analysis says so itself.
    private AgreementLensResult Solve(string track, AgreementProblem problem, AgreementOptions options)
    {
        if (Options.Depth != LensDepth.Explained)
        {
            bool none = problem.ActorCount == 0 || problem.TracksWithoutPositions.Length == problem.Tracks.Length;
            return new AgreementLensResult(track, problem, none ? null : AgreementSpace.Of(problem), null);
        }

        var analysis = AgreementAnalysis.Analyse(problem, options);
        return new AgreementLensResult(track, problem, analysis.Space, analysis);
    }

    /// <summary>
    /// The agreement lens on several tracks taken together (empty: the whole scenario); null when the
    /// variant cannot be derived or a track is unknown. One track is <see cref="Agreement"/>'s result.
    /// </summary>
    public AgreementResult? AgreementOn(VariantKey key, IReadOnlyList<string> tracks)
    {
        ArgumentNullException.ThrowIfNull(tracks);
        if (tracks.Count == 1)
        {
            return Agreement(key, tracks[0])?.Analysis;
        }

        return _selections.GetOrAdd((key, string.Join("\n", tracks)), _ => new Lazy<AgreementResult?>(() =>
        {
            if (Variant(key).Scenario is not { } scenario || tracks.Any(t => !scenario.Tracks.Contains(t)))
            {
                return null;
            }

            // A scenario of one track is that track: share its result.
            if (tracks.Count == 0 && scenario.Tracks.Length == 1)
            {
                return Agreement(key, scenario.Tracks[0])?.Analysis;
            }

            Count(LensKind.Agreement);
            var problem = tracks.Count == 0 ? AgreementProblem.From(scenario) : AgreementProblem.From(scenario, tracks);
            return AgreementAnalysis.Analyse(problem, Options.Agreement);
        })).Value;
    }

    /// <summary>How each proposal of the variant fares; empty when the variant cannot be derived.</summary>
    public ImmutableArray<ProposalAssessment> Proposals(VariantKey key) =>
        _proposals.GetOrAdd(key, k => new Lazy<ImmutableArray<ProposalAssessment>>(() =>
        {
            if (Variant(k).Scenario is not { } scenario || scenario.Proposals.IsEmpty)
            {
                return [];
            }

            Count(LensKind.Proposals);
            return [.. scenario.Proposals.Select(p => ProposalAssessment.Of(scenario, p, null, Options.Agreement.NewBudget()))];
        })).Value;

    /// <summary>
    /// Every stability concept on the variant's conflict; null when the variant cannot be derived or has
    /// no conflict section.
    /// </summary>
    public StabilityLensResult? Stability(VariantKey key)
    {
        if (_conflictSource is { } source)
        {
            return source.Stability(key);
        }

        return _stability.GetOrAdd(key, k => new Lazy<StabilityLensResult?>(() =>
        {
            if (Variant(k).Scenario?.Conflict is not { } conflict)
            {
                return null;
            }

            Count(LensKind.Stability);
            // A lever can leave a conflict that the reader never saw (an option fixed where the
            // infeasibility rules forbid it); the model's own check is the one place that knows.
            if (GraphModel.TryFromConflict(conflict, out var problem) is not { } model)
            {
                return new StabilityLensResult(null, null, $"the conflict cannot be analysed: {problem!.Message}");
            }

            return new StabilityLensResult(model, StabilityAnalysis.Run(model, new StabilityOptions(MaxDegreeOfParallelism: 1)), null);
        })).Value;
    }

    /// <summary>The forecast inputs of every issue of the variant (and notes on the issues left out); null when it cannot be derived.</summary>
    public ScenarioForecastInputs? ForecastInputs(VariantKey key) =>
        _forecastInputs.GetOrAdd(key, k => new Lazy<ScenarioForecastInputs?>(() =>
            Variant(k).Scenario is { } scenario ? ScenarioForecast.Inputs(scenario) : null)).Value;

    /// <summary>
    /// The point forecast of <paramref name="issueId"/> under <paramref name="model"/>: one run on the
    /// figures as given. Null when the variant cannot be derived or the issue cannot be forecast.
    /// </summary>
    public ForecastLensResult? Forecast(VariantKey key, string issueId, ForecastModel model)
    {
        ArgumentNullException.ThrowIfNull(issueId);
        return _forecasts.GetOrAdd((key, issueId, model), k => new Lazy<ForecastLensResult?>(() =>
        {
            var input = ForecastInputs(k.Item1)?.Issues.FirstOrDefault(i => i.Issue.Id == k.Item2);
            if (input is null)
            {
                return null;
            }

            Count(LensKind.Forecast);
            var settings = ForecastSettings.Default with { StatusQuo = [input.StatusQuo] };
            var recordPath = Options.Depth != LensDepth.VerdictsOnly && k.Item3 == ForecastModel.ExpectedUtility;
            var point = ForecastModels.Run(input.Input.Problem, k.Item3, settings, recordPath)[0];
            return new ForecastLensResult(input, k.Item3, point.Value, point.Note, point.Rounds, point.Path, null, []);
        })).Value;
    }

    /// <summary>
    /// The forecast of <paramref name="issueId"/> under <paramref name="model"/> with, at
    /// <see cref="LensDepth.Explained"/> when some input is uncertain, its Monte Carlo draws; otherwise the
    /// point forecast alone. Variants whose forecast inputs are equal share one Monte Carlo run (same
    /// inputs and seed, same draws). Null when the variant cannot be derived or the issue cannot be forecast.
    /// </summary>
    public ForecastLensResult? ForecastDistribution(VariantKey key, string issueId, ForecastModel model)
    {
        ArgumentNullException.ThrowIfNull(issueId);
        return _distributions.GetOrAdd((key, issueId, model), k => new Lazy<ForecastLensResult?>(() =>
        {
            var point = Forecast(k.Item1, k.Item2, k.Item3);
            if (point is null || Options.Depth == LensDepth.VerdictsOnly || point.Input.Input.Inputs.IsEmpty || Options.MonteCarloRuns < 2)
            {
                return point;
            }

            var input = point.Input;
            var (result, sorted) = _monteCarlo.GetOrAdd(Fingerprint(input, k.Item3), _ => new Lazy<(MonteCarloResult, ImmutableArray<double>)>(() => RunMonteCarlo(input, k.Item3))).Value;
            return point with { MonteCarlo = result, SortedDraws = sorted };
        })).Value;
    }

    /// <summary>
    /// The deal windows of every track along the horizon for the variant's levers (pulled from their
    /// start times); null when the scenario has no dynamics section. The variant's time plays no part:
    /// the windows scan the whole horizon.
    /// </summary>
    public WindowsLensResult? Windows(VariantKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var levers = key.AtTime(null);
        return _windows.GetOrAdd(levers, k => new Lazy<WindowsLensResult?>(() =>
        {
            if (Scenario.Dynamics is not { } dynamics)
            {
                return null;
            }

            var problems = ScenarioVariant.Check(Scenario, k);
            if (!problems.IsEmpty)
            {
                return new WindowsLensResult(null, string.Join(" ", problems.Select(p => p.Message)));
            }

            Count(LensKind.Windows);
            double step = Options.WindowStep ?? dynamics.Horizon.Length / Math.Max(1, Options.WindowSteps);
            try
            {
                return new WindowsLensResult(DealWindows.Over(Scenario, new DealWindowOptions
                {
                    Step = step,
                    Precision = Options.WindowPrecision ?? step / 4,
                    Levers = k.Levers,
                    Agreement = Options.WindowSolutions ? Options.Agreement : Options.Agreement with { IncludeFrontier = false, MaxBlockingSets = 1 },
                }), null);
            }
            catch (ArgumentException ex)
            {
                // Lever ids were checked above; a lever that pushes a drifted figure out of [0, 1] at some
                // time is found only by taking the scenario at that time.
                return new WindowsLensResult(null, $"the horizon cannot be scanned: {ex.Message}");
            }
        })).Value;
    }

    private (MonteCarloResult, ImmutableArray<double>) RunMonteCarlo(IssueForecastInput input, ForecastModel model)
    {
        Count(LensKind.ForecastDistribution);
        var settings = ForecastSettings.Default with { StatusQuo = [input.StatusQuo] };
        int runs = Options.MonteCarloRuns;

        // Quantile levels i/(runs-1) return the sorted draws themselves, so every quantile, histogram
        // and reading later is taken from the actual draws, through the public result.
        var levels = ImmutableArray.CreateBuilder<double>(runs);
        for (int i = 0; i < runs; i++)
        {
            levels.Add((double)i / (runs - 1));
        }

        var mc = MonteCarloForecast.Run(input.Input, model, settings, new MonteCarloOptions
        {
            Runs = runs,
            Seed = Options.Seed,
            MaxDegreeOfParallelism = Options.MaxDegreeOfParallelism,
            QuantileLevels = levels.MoveToImmutable(),
        }, cancellationToken: CancellationToken);
        return (mc, mc.Dimensions[0].Quantiles.Select(q => q.Value).Where(double.IsFinite).ToImmutableArray());
    }

    // Many levers leave an issue's forecast inputs as they are; the Monte Carlo run depends on nothing
    // else (same inputs, model and seed give the same draws), so variants with equal inputs share one run.
    private static string Fingerprint(IssueForecastInput input, ForecastModel model) => $"{model}|{input.Fingerprint()}";

    /// <summary>
    /// A result that depends on content rather than on a variant (a Monte Carlo run of equal forecast
    /// inputs, say), computed once per session under <paramref name="key"/> and counted under <paramref name="lens"/>.
    /// </summary>
    internal T Memo<T>(LensKind lens, string key, Func<T> compute)
        where T : class =>
        (T)_memo.GetOrAdd(lens + "|" + key, _ => new Lazy<object>(() =>
        {
            Count(lens);
            return compute();
        })).Value;

    private void Count(LensKind lens) => Interlocked.Increment(ref _calls[(int)lens]);
}
