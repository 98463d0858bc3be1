using System.Collections.Immutable;
using System.Globalization;
using Parley.Core.Agreement;
using Parley.Core.Analysis;
using Parley.Core.Dynamics;
using Parley.Core.Levers;
using Parley.Core.Model;
using Parley.Core.Variants;
using Parley.Formats.Words;

namespace Parley.Web.Analysis;

/// <summary>
/// Where the web app calls the Core engines for what-ifs, comparisons and reports (a background job's pieces go
/// through <see cref="AnalysisWorkers"/>): variants are derived by <see cref="ScenarioVariant"/> and every lens runs
/// through <see cref="ScenarioAnalysis"/> and its lens session, as on the command line. It derives a what-if's
/// scenario and maps Core's result records to the web's answers; it computes no analysis of its own.
/// </summary>
public static class LensAdapter
{
    /// <summary>Monte Carlo draws per issue for a live what-if, seeded as in the full analysis (a background analysis uses Core's default of 1,000).</summary>
    public const int WhatIfMonteCarloRuns = 50;

    /// <summary>The levers, movable figures and horizon of <paramref name="scenario"/>.</summary>
    public static WhatIfChoices Choices(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var levers = scenario.Levers.Select(l => new LeverChoice(l.Id, l.Name, l.Description, l.StartsAt)).ToArray();
        var figures = new List<FigureSlider>();
        foreach (var actor in scenario.Actors)
        {
            if (actor.Capability is { } c)
            {
                figures.Add(Slider($"capability:{actor.Id}", $"{actor.Name}: capability", c, Math.Max(1, 2 * c.Value)));
            }
        }

        foreach (var position in scenario.Positions)
        {
            string name = scenario.FindActor(position.ActorId)?.Name ?? position.ActorId;
            figures.Add(Slider($"walk-away:{position.ActorId}", $"{name}: walk-away value", position.WalkAway, 1));
            foreach (var ip in position.Issues)
            {
                string issue = scenario.FindIssue(ip.IssueId)?.Name ?? ip.IssueId;
                figures.Add(Slider($"weight:{position.ActorId}:{ip.IssueId}", $"{name}: weight of {issue}", ip.Weight, Math.Max(1, 2 * ip.Weight.Value)));
                if (ip.Salience is { } salience)
                {
                    // Where a salience is given the forecast lens reads it, not the weight: its own slider moves the forecast.
                    figures.Add(Slider($"salience:{position.ActorId}:{ip.IssueId}", $"{name}: salience of {issue}", salience, 1));
                }
            }
        }

        return new WhatIfChoices(levers, [.. figures], scenario.Dynamics?.Horizon.Length, scenario.Dynamics?.Horizon.Unit);
    }

    /// <summary>
    /// The verdicts of the agreement, stability and forecast lenses for the scenario with the request's figures set, at its date, with its
    /// levers pulled; or, for a request that does not fit the scenario, its problems (unknown levers and figures, values outside
    /// their ranges, a date without or off the horizon), every one of them, and no answer. Never throws for the request's content.
    /// </summary>
    public static WhatIfResult WhatIf(Scenario scenario, WhatIfRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(request);
        var levers = Normalise(request.Levers);
        var overrides = request.Overrides ?? [];
        var key = new VariantKey(levers, request.At);
        var problems = new List<WhatIfProblem>(ScenarioVariant.Check(scenario, key).Select(p => new WhatIfProblem(p.Code, p.Message)));
        problems.AddRange(CheckOverrides(scenario, overrides));
        if (problems.Count > 0)
        {
            return new WhatIfResult(null, problems);
        }

        var baseScenario = Override(scenario, overrides);
        // The variant is derived where every command derives it; a lever whose effect does not fit the
        // scenario is an answer, as in the full analysis.
        var derivation = ScenarioVariant.Derive(baseScenario, key);
        if (derivation.Scenario is not { } derived)
        {
            return new WhatIfResult(new WhatIfAnswer([.. levers], request.At, overrides, derivation.Failure, [], null, [], []), []);
        }

        // Live: claims, deal windows over the horizon, end states, the sensitivity probes and large Monte
        // Carlo runs are left to a background analysis; the answer shows none of them, so none is computed.
        var live = derived.With(claims: ImmutableArray<Claim>.Empty).WithDynamics(null).WithEndStates([]);
        var options = new AnalysisOptions
        {
            IncludeScenarioLevers = false,
            Sensitivity = false,
            ForecastSensitivity = false,
            ClaimDraws = 0,
            MonteCarloRuns = WhatIfMonteCarloRuns,
            MaxDegreeOfParallelism = 1,
        };
        var result = ScenarioAnalysis.Run(live, options, null, cancellationToken);
        var variant = result.Variants[0];
        var skipped = result.Skipped.Where(x => x.Lens != "windows").ToImmutableArray();
        if (baseScenario.Dynamics is not null)
        {
            skipped = skipped.Add(new SkippedLens("windows", "Deal windows over the horizon are computed by a background analysis; a what-if answers at one date (`at`)."));
        }

        return new WhatIfResult(ToAnswer(variant, skipped, levers, request.At, overrides), []);
    }

    /// <summary>Monte Carlo draws per issue when two versions' answers are compared (the forecast bands; claims draw <see cref="AnalysisOptions.ClaimDraws"/>).</summary>
    public const int CompareMonteCarloRuns = 200;

    /// <summary>
    /// Every answer of <paramref name="scenario"/> for a comparison of versions: one lens session, the scenario as
    /// given and under each of its levers, every lens and the claims, without the sensitivity probes and windows
    /// (a comparison asks what the verdicts are, not how robust they are). Seeded, so the same version always gives
    /// the same answers and a difference is the versions', not the draws'.
    /// </summary>
    public static AnalysisResult Answers(Scenario scenario, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var options = new AnalysisOptions
        {
            MonteCarloRuns = CompareMonteCarloRuns,
            Sensitivity = false,
            MaxDegreeOfParallelism = 1,
        };
        return ScenarioAnalysis.Run(new Parley.Core.Session.LensSession(scenario, options.LensOptions), options, null, cancellationToken);
    }

    /// <summary>The full analysis, as <c>parley analyze</c> runs it.</summary>
    public static AnalysisResult Analyse(Scenario scenario, AnalysisOptions options, IProgress<AnalysisProgress>? progress, CancellationToken cancellationToken) =>
        ScenarioAnalysis.Run(scenario, options, progress, cancellationToken);

    /// <summary>The key under which a what-if's answer is cached: the same request always gives the same key.</summary>
    public static string CacheKey(WhatIfRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var levers = Normalise(request.Levers);
        var overrides = (request.Overrides ?? []).OrderBy(o => o.Figure, StringComparer.Ordinal)
            .Select(o => string.Create(CultureInfo.InvariantCulture, $"{o.Figure}={o.Value:R}"));
        return string.Create(CultureInfo.InvariantCulture, $"{string.Join('+', levers)}|{request.At:R}|{string.Join(';', overrides)}");
    }

    private static ImmutableArray<string> Normalise(string[]? levers) =>
        levers is null ? [] : [.. levers.Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => l.Trim()).Distinct(StringComparer.Ordinal)];

    private static FigureSlider Slider(string id, string label, Figure figure, double fallbackMax)
    {
        double min = figure.Uncertainty?.Min ?? 0;
        double max = figure.Uncertainty?.Max ?? fallbackMax;
        return new FigureSlider(id, label, figure.Value, Math.Min(min, figure.Value), Math.Max(max, figure.Value), figure.Provenance.IsJudgement());
    }

    /// <summary>The overrides that name no figure of the scenario or set one outside its stated range.</summary>
    private static IEnumerable<WhatIfProblem> CheckOverrides(Scenario scenario, FigureOverride[] overrides)
    {
        if (overrides.Length == 0)
        {
            yield break;
        }

        var sliders = Choices(scenario).Figures.ToDictionary(f => f.Figure, StringComparer.Ordinal);
        foreach (var o in overrides)
        {
            if (o?.Figure is null || !sliders.TryGetValue(o.Figure, out var slider))
            {
                string shown = o?.Figure is { Length: > 80 } f ? f[..80] + "…" : o?.Figure ?? "(none)";
                yield return new WhatIfProblem(
                    WhatIfProblem.UnknownFigure,
                    $"The scenario has no figure '{shown}'. Figures are named capability:ACTOR, walk-away:ACTOR, weight:ACTOR:ISSUE or salience:ACTOR:ISSUE (where the stand gives a salience); GET …/whatif lists them.");
            }
            else if (!InRange(slider, o.Value))
            {
                yield return new WhatIfProblem(
                    WhatIfProblem.FigureOutOfRange,
                    string.Create(CultureInfo.InvariantCulture, $"'{o.Figure}' must lie within its stated range {slider.Min} to {slider.Max}; got {o.Value}."));
            }
        }
    }

    // A slider's arithmetic may land a rounding error beyond an end: within a billionth of the range it is the end.
    private static bool InRange(FigureSlider slider, double value)
    {
        double tolerance = 1e-9 * Math.Max(1, slider.Max - slider.Min);
        return double.IsFinite(value) && value >= slider.Min - tolerance && value <= slider.Max + tolerance;
    }

    /// <summary>The scenario with the overrides set; they were checked by <see cref="CheckOverrides"/>.</summary>
    private static Scenario Override(Scenario scenario, FigureOverride[] overrides)
    {
        if (overrides.Length == 0)
        {
            return scenario;
        }

        var sliders = Choices(scenario).Figures.ToDictionary(f => f.Figure, StringComparer.Ordinal);
        var actors = scenario.Actors;
        var positions = scenario.Positions;
        foreach (var o in overrides)
        {
            var slider = sliders[o.Figure];
            double value = Math.Clamp(o.Value, slider.Min, slider.Max);
            string[] parts = o.Figure.Split(':');
            switch (parts[0])
            {
                case "capability":
                    actors = actors.Select(a => a.Id == parts[1] && a.Capability is { } c ? a with { Capability = Fixed(c, value) } : a).ToImmutableArray();
                    break;
                case "walk-away":
                    positions = positions.Select(p => p.ActorId == parts[1] ? p with { WalkAway = Fixed(p.WalkAway, value) } : p).ToImmutableArray();
                    break;
                case "salience":
                    positions = positions.Select(p => p.ActorId == parts[1]
                        ? p with { Issues = [.. p.Issues.Select(ip => ip.IssueId == parts[2] && ip.Salience is { } s ? ip with { Salience = Fixed(s, value) } : ip)] }
                        : p).ToImmutableArray();
                    break;
                default:
                    positions = positions.Select(p => p.ActorId == parts[1]
                        ? p with { Issues = [.. p.Issues.Select(ip => ip.IssueId == parts[2] ? ip with { Weight = Fixed(ip.Weight, value) } : ip)] }
                        : p).ToImmutableArray();
                    break;
            }
        }

        return scenario.With(actors: actors, positions: positions);
    }

    // A figure the user set is exact in this what-if: its range no longer applies.
    private static Figure Fixed(Figure figure, double value) => figure with { Value = value, Uncertainty = null };

    private static WhatIfAnswer ToAnswer(VariantAnalysis v, ImmutableArray<SkippedLens> skipped, ImmutableArray<string> levers, double? at, FigureOverride[] overrides)
    {
        var tracks = v.Agreement.Select(t => new TrackVerdict(
            t.Track,
            Verdict(t.Verdict),
            t.Explanation,
            CountWords.Of(t.Outcomes),
            CountWords.Of(t.Acceptable),
            [.. t.CommonGround.Select(g => new IssueGround(g.IssueId, [.. g.Options], g.Reason))],
            [.. t.Blocking.Select(b => string.Join(" + ", b.Demands))],
            [.. t.ActorIds.Take(2)],
            Points(t.Frontier),
            Points(t.Solutions))).ToArray();
        StabilityVerdict? stability = v.Stability is { } s
            ? new StabilityVerdict(
                s.StatusQuo is { } sq ? s.States.FirstOrDefault(n => n.Index == sq)?.Label ?? sq.ToString(CultureInfo.InvariantCulture) : null,
                [.. s.Concepts.Select(c => new ConceptVerdict(
                    c.Concept.ToString(),
                    c.StatusQuoStable,
                    [.. c.Equilibria.Select(e => s.States.FirstOrDefault(n => n.Index == e)?.Label ?? e.ToString(CultureInfo.InvariantCulture))]))],
                s.Explanation)
            : null;
        var forecasts = v.Forecasts.Select(f => new ForecastVerdict(
            f.IssueId, f.Name, f.Unit, f.Uncertainty.Median, f.Uncertainty.P05, f.Uncertainty.P95, f.Uncertainty.MedianOption, f.AxisMin, f.AxisMax,
            f.Models.FirstOrDefault(m => m.Model == Core.Forecast.ForecastModel.ExpectedUtility)?.Value,
            f.Uncertainty.Runs)).ToArray();
        return new WhatIfAnswer([.. levers], at, overrides, v.Failure, tracks, stability, forecasts, [.. skipped.Select(x => x.Reason)]);
    }

    private static PlotPoint[] Points(ImmutableArray<UtilityPoint> points) =>
        [.. points.Where(p => p.Utilities.Length >= 2).Select(p => new PlotPoint(p.Label, p.Utilities[0], p.Utilities[1], p.AcceptableToAll))];

    // The verdict's token, as the JSON documents spell it.
    private static string Verdict(AgreementVerdict verdict) => Parley.Formats.Json.EnumTokens.Of(verdict);
}
