using System.Collections.Immutable;
using System.Globalization;
using Parley.Core.Claims;
using Parley.Core.Model;
using Parley.Core.Session;
using Parley.Core.Variants;
using Parley.Core.Threading;

namespace Parley.Core.Analysis;

/// <summary>
/// Parley's main job: every lens the scenario supports (agreement, stability, forecast, deal windows),
/// for the scenario as given and for each lever, then the claims and what each lever changes.
/// </summary>
/// <remarks>
/// Variants run in parallel; each writes only its own slot and every random draw is seeded from
/// <see cref="AnalysisOptions.Seed"/>, so the result is the same for any thread count. Cost: one run
/// of each lens per variant.
/// </remarks>
public static class ScenarioAnalysis
{
    /// <summary>Analyses <paramref name="scenario"/>.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="options">Variants, Monte Carlo draws, seed.</param>
    /// <param name="progress">Told each time a variant is finished, or null.</param>
    /// <param name="cancellationToken">Stops between variants.</param>
    /// <exception cref="ArgumentException">An extra variant names a lever the scenario does not have.</exception>
    public static AnalysisResult Run(Scenario scenario, AnalysisOptions options, IProgress<AnalysisProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(options);
        return Run(new LensSession(scenario, options.LensOptions, cancellationToken), options, progress, cancellationToken);
    }

    /// <summary>
    /// Analyses the scenario of <paramref name="session"/> by asking the session for every lens result,
    /// so each lens runs once per variant and the claims read what the lenses computed.
    /// </summary>
    /// <param name="session">The lens session; its options are the lenses' options.</param>
    /// <param name="options">Variants, claim draws, histogram bins, graph size.</param>
    /// <param name="progress">Told each time a variant is finished, or null.</param>
    /// <param name="cancellationToken">Stops between variants.</param>
    public static AnalysisResult Run(LensSession session, AnalysisOptions options, IProgress<AnalysisProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(options);
        var variants = Plan(session.Scenario, options);
        var results = new VariantAnalysis[variants.Length];
        int done = 0;
        var parallel = ParallelWork.Options(options.MaxDegreeOfParallelism, cancellationToken);
        Parallel.For(0, variants.Length, parallel, i =>
        {
            results[i] = Variant(session, variants[i], options);
            int total = Interlocked.Increment(ref done);
            progress?.Report(new AnalysisProgress(results[i].Name, total, variants.Length));
        });

        return Assemble(session.Scenario, options, [.. results], Claims(session, options, cancellationToken));
    }

    /// <summary>
    /// The variants <see cref="Run(LensSession, AnalysisOptions, IProgress{AnalysisProgress}?, CancellationToken)"/> analyses, in the
    /// order of the result: the scenario as given first, then each lever (when the options include them), then the extra variants.
    /// Each is independent of the others, so a caller may compute them anywhere (<see cref="Variant"/>) and <see cref="Assemble"/> them.
    /// </summary>
    public static ImmutableArray<VariantKey> Plan(Scenario scenario, AnalysisOptions options)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(options);
        return [.. Variants(scenario, options)];
    }

    /// <summary>Every lens of one variant of the plan, as <see cref="Run(LensSession, AnalysisOptions, IProgress{AnalysisProgress}?, CancellationToken)"/> computes it.</summary>
    public static VariantAnalysis Variant(LensSession session, VariantKey key, AnalysisOptions options)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(options);
        return Analyse(session, key, options);
    }

    /// <summary>
    /// The analysis of <paramref name="scenario"/> from its variants (in the order of <see cref="Plan"/>) and its claims' outcomes:
    /// what each lever changes is compared here, so the result is the same whichever machine computed each variant.
    /// </summary>
    public static AnalysisResult Assemble(Scenario scenario, AnalysisOptions options, ImmutableArray<VariantAnalysis> variants, ImmutableArray<ClaimOutcome> claims)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(options);
        if (variants.IsDefaultOrEmpty)
        {
            throw new ArgumentException("An analysis has at least the scenario as given.", nameof(variants));
        }

        var asGiven = variants[0];
        var comparisons = variants.Skip(1).Select(v => LeverComparer.Compare(asGiven, v)).ToImmutableArray();
        return new AnalysisResult(
            scenario.Id,
            scenario.Title,
            scenario.Description,
            options.Seed,
            options.MonteCarloRuns,
            [.. scenario.Actors.Select(a => new AnalysisActor(a.Id, a.Name, a.Role.ToString().ToLowerInvariant()))],
            scenario.Tracks,
            variants,
            Skipped(scenario),
            claims,
            comparisons,
            scenario.Sources)
        {
            AsOf = options.Date,
            Timeline = TimelineLens.Of(scenario),
        };
    }

    /// <summary>
    /// The outcomes of the scenario's claims, each with its reasons, what it rests on and (with <see cref="AnalysisOptions.Sensitivity"/>)
    /// how its verdict moves with the uncertain figures. The claims read the session's lens results, so in a session whose variants
    /// are computed already they cost only their own draws.
    /// </summary>
    public static ImmutableArray<ClaimOutcome> Claims(LensSession session, AnalysisOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(options);
        var scenario = session.Scenario;
        if (scenario.Claims.IsEmpty)
        {
            return [];
        }

        var report = ClaimEvaluation.Evaluate(session, new ClaimEvaluationOptions
        {
            Draws = options.ClaimDraws,
            Seed = options.Seed,
            Date = options.Date,
            MaxDegreeOfParallelism = options.MaxDegreeOfParallelism ?? -1,
        });
        var outcomes = ImmutableArray.CreateBuilder<ClaimOutcome>(report.Claims.Length);
        foreach (var c in report.Claims)
        {
            var claim = scenario.Claims.First(x => x.Id == c.ClaimId);
            var reasons = new List<string> { c.Explanation };
            foreach (var o in c.Observed)
            {
                reasons.Add(o.Value is { } v
                    ? $"{o.Query} = {v}{(o.Detail is null ? string.Empty : $": {o.Detail}")}"
                    : $"{o.Query}: {o.Missing ?? "no answer"}");
            }

            reasons.AddRange(c.Missing.Select(m => $"missing: {m}"));
            double? frequency = null;
            if (c.Frequency is { Decided: > 0 } f && double.IsFinite(f.Fraction))
            {
                frequency = f.Fraction;
                reasons.Add(string.Create(CultureInfo.InvariantCulture, $"Holds in {f.Held} of {f.Decided} draws of the uncertain figures (standard error {f.StandardError:0.###}, seed {f.Seed})."));
            }

            // What the verdict rests on, by provenance, and by name what the modeller, not a source, supplied.
            var basis = ClaimBasis.Of(scenario, c.Test, c.Levers);
            var assumptions = new List<string>(basis.Judgements);
            if (c.Verdict != ClaimVerdict.Undecidable && basis.Figures.Total > 0 && basis.Figures.Stated < basis.Figures.Total)
            {
                assumptions.Add(c.Test is { } t && t.Contains("forecast", StringComparison.Ordinal)
                    ? "capabilities and saliences of the forecast are the modeller's figures"
                    : "walk-away values and weights are the modeller's figures");
            }

            if (c.Verdict != ClaimVerdict.Undecidable && basis.Preferences.Total > basis.Preferences.Stated)
            {
                assumptions.Add("the conflict's preference statements are the modeller's readings");
            }

            var sensitivity = options.Sensitivity ? Sensitivity.ClaimSensitivity.For(scenario, c.ClaimId, new ClaimEvaluationOptions { Seed = options.Seed, ForecastRuns = options.MonteCarloRuns, Date = options.Date }, cancellationToken) : null;
            outcomes.Add(new ClaimOutcome(c.ClaimId, c.Statement, c.Test, c.Levers, c.Verdict, frequency, [.. reasons], [.. assumptions], claim.Sources.IsDefault ? [] : claim.Sources, sensitivity, Sensitivity.ClaimSensitivity.RobustnessOf(c)) { RestsOn = basis });
        }

        return outcomes.MoveToImmutable();
    }

    private static List<VariantKey> Variants(Scenario scenario, AnalysisOptions options)
    {
        var list = new List<VariantKey> { new([], options.At, options.Date) };
        if (options.IncludeScenarioLevers)
        {
            list.AddRange(scenario.Levers.Select(l => new VariantKey([l.Id], options.At, options.Date)));
        }

        foreach (var extra in options.ExtraVariants)
        {
            var key = new VariantKey(extra, options.At, options.Date);
            if (!key.Levers.IsEmpty && !list.Contains(key))
            {
                list.Add(key);
            }
        }

        return list;
    }

    private static ImmutableArray<SkippedLens> Skipped(Scenario scenario)
    {
        var skipped = ImmutableArray.CreateBuilder<SkippedLens>();
        if (scenario.Positions.IsEmpty)
        {
            skipped.Add(new SkippedLens("agreement", "no `positions` section: agreement analysis skipped; add each party's position to test for a deal."));
        }

        if (scenario.Conflict is null)
        {
            skipped.Add(new SkippedLens("stability", "no `conflict` section: stability analysis skipped; add decision makers, options and preferences to test the status quo."));
        }

        if (!scenario.Actors.Any(a => a.Capability is not null) || !scenario.Issues.Any(i => i.Kind == IssueKind.Numeric || i.Options.All(o => o.Axis is not null)))
        {
            skipped.Add(new SkippedLens("forecast", "no actor `capability` or no issue on a scale (numeric, or options with `axis`): forecast skipped."));
        }

        if (scenario.Dynamics is null)
        {
            skipped.Add(new SkippedLens("windows", "no `dynamics` section: deal windows over time skipped; add a horizon and trends to see when a deal opens or closes."));
        }

        return skipped.ToImmutable();
    }

    private static VariantAnalysis Analyse(LensSession session, VariantKey key, AnalysisOptions options)
    {
        var scenario = session.Scenario;
        var levers = key.Levers.Select(id => scenario.FindLever(id)).OfType<Lever>().ToList();
        string id = key.Levers.IsEmpty ? VariantAnalysis.AsGiven : string.Join("+", key.Levers);
        string name = levers.Count == 0 ? "As given" : string.Join(" + ", levers.Select(l => l.Name));
        string? description = levers.Count == 0 ? scenario.Description : string.Join(" ", levers.Select(l => l.Description).Where(d => d is not null));
        bool assumed = levers.Any(l => l.Provenance.IsJudgement());
        var derivation = session.Variant(key);
        if (derivation.Scenario is not { } derived)
        {
            // A lever that does not fit the scenario is reported for this variant; the others still run.
            return new VariantAnalysis(id, name, key.Levers, description, assumed, [], [], null, [], [], [], derivation.Failure);
        }

        var agreement = scenario.Positions.IsEmpty ? [] : AgreementLens.Run(session, key);
        var proposals = AgreementLens.Proposals(session, key);
        StabilitySummary? stability = null;
        string? failure = null;
        if (derived.Conflict is { } conflict)
        {
            var lens = session.Stability(key)!;
            if (lens.Failure is null)
            {
                stability = StabilityLens.Run(lens, conflict, options.MaxGraphStates);
            }
            else
            {
                failure = lens.Failure;
            }
        }

        // A budget or Ctrl+C stops the variant between its lenses (the Monte Carlo runs inside the
        // forecast lens and the claims' draws stop on the session's token themselves).
        session.CancellationToken.ThrowIfCancellationRequested();
        if (levers.Count == 0)
        {
            (agreement, stability) = Sensitivity.VerdictProbes.Attach(derived, agreement, stability, options);
        }

        session.CancellationToken.ThrowIfCancellationRequested();
        var (forecasts, notes) = ForecastLens.Run(session, key, options);
        session.CancellationToken.ThrowIfCancellationRequested();
        bool scanWindows = scenario.Dynamics is not null
            && (levers.Count == 0 || options.WindowsForEveryVariant || levers.Any(l => l.StartsAt is not null));
        var windows = ImmutableArray<TrackTimeline>.Empty;
        if (scanWindows)
        {
            var lens = session.Windows(key)!;
            if (lens.Failure is null)
            {
                windows = WindowsLens.Run(session, key);
            }
            else
            {
                failure ??= lens.Failure;
            }
        }

        return new VariantAnalysis(id, name, key.Levers, description, assumed, agreement, proposals, stability, forecasts, notes, windows, failure)
        {
            EndStates = EndStatesLens.Run(session, key),
        };
    }
}
