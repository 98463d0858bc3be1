using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using Parley.Core.Agreement;
using Parley.Core.Dynamics;
using Parley.Core.Forecast;
using Parley.Core.Model.Conflicts;
using Parley.Core.Model.Dynamics;
using Parley.Core.Model;
using Parley.Core.Stability;

namespace Parley.Core.Claims;

/// <summary>
/// Answers the lens queries of the claims that share one <see cref="ClaimVariant"/>, calling each
/// engine once per distinct question (per track, issue and model, concept) and keeping the answer.
/// With <c>explain</c> off (inside Monte Carlo draws) it does only the work a verdict needs: the exact
/// agreement-space decision without blocking sets, and point forecasts.
/// </summary>
internal sealed partial class LensAnswers
{
    private readonly Scenario _base;
    private readonly ClaimVariant _variant;
    private readonly ClaimEvaluationOptions _options;
    private readonly bool _explain;
    private readonly ConcurrentDictionary<string, Lazy<object>> _stabilityCache;
    private readonly Dictionary<string, object> _cache = new(StringComparer.Ordinal);
    private readonly Scenario? _scenario;
    private readonly string? _missing;
    private ScenarioForecastInputs? _forecastInputs;

    public LensAnswers(Scenario baseScenario, ClaimVariant variant, ClaimEvaluationOptions options, bool explain, ConcurrentDictionary<string, Lazy<object>> stabilityCache)
    {
        _base = baseScenario;
        _variant = variant;
        _options = options;
        _explain = explain;
        _stabilityCache = stabilityCache;
        _scenario = variant.Derive(baseScenario, out _missing);
    }

    public QueryAnswer Answer(LensQuery query)
    {
        if (query.Lens != "window" && _scenario is null)
        {
            return QueryAnswer.Lacking(_missing!);
        }

        return query.Lens switch
        {
            "agreement" => AgreementAnswer(query),
            "stability" => StabilityAnswer(query),
            "forecast" => ForecastAnswer(query),
            "window" => WindowAnswer(query),
            "endstate" => EndStateAnswer(query),
            _ => QueryAnswer.Lacking($"there is no lens '{query.Lens}'"),
        };
    }

    private QueryAnswer AgreementAnswer(LensQuery query)
    {
        string track = query.Argument("track")!;
        var scenario = _scenario!;
        if (!scenario.Tracks.Contains(track))
        {
            return QueryAnswer.Lacking($"the scenario has no track '{track}' (its tracks: {string.Join(", ", scenario.Tracks)})");
        }

        var (problem, result) = Cached("agreement:" + track, () =>
        {
            var p = AgreementProblem.From(scenario, [track]);
            bool noPositions = p.ActorCount == 0 || p.TracksWithoutPositions.Length == p.Tracks.Length;
            if (noPositions)
            {
                return (p, (AgreementResult?)null);
            }

            return (p, _explain ? AgreementAnalysis.Analyse(p, new AgreementOptions { IncludeFrontier = false }) : null);
        });

        if (problem.ActorCount == 0 || problem.TracksWithoutPositions.Length == problem.Tracks.Length)
        {
            return QueryAnswer.Lacking(problem.ActorCount == 0
                ? $"no actor's consent is needed on track '{track}' (no party and no consentBy)"
                : $"no consenting actor takes a position on track '{track}': add their positions");
        }

        var space = result?.Space ?? Cached("space:" + track, () => AgreementSpace.Of(problem));
        string? detail = result?.Explanation;
        switch (query.Property)
        {
            case "empty":
                return QueryAnswer.Of(space.IsEmpty, detail);
            case "size":
                var size = space.IsEmpty ? SpaceSize.Exactly(0) : space.Size;
                return size.IsExact
                    ? QueryAnswer.Of((double)size.Lower, detail)
                    : QueryAnswer.Lacking($"the agreement space of track '{track}' was too costly to count exactly ({size})");
            default:
                return QueryAnswer.Of((double)problem.Space.Size, detail);
        }
    }

    private QueryAnswer StabilityAnswer(LensQuery query)
    {
        var scenario = _scenario!;
        if (scenario.Conflict is not { } conflict)
        {
            return QueryAnswer.Lacking("the scenario has no conflict section (the stability lens needs decision makers, their options and preferences)");
        }

        var concept = ConceptOf(query.Argument("concept")!);
        var entry = _stabilityCache.GetOrAdd(_variant.Key + "#" + concept, _ => new Lazy<object>(() =>
        {
            try
            {
                var model = GraphModel.FromConflict(conflict);
                return StabilityAnalysis.Run(model, new StabilityOptions([concept], MaxDegreeOfParallelism: 1));
            }
            catch (ArgumentException ex)
            {
                return $"the conflict cannot be analysed ({ex.Message})";
            }
        }));
        if (entry.Value is string failure)
        {
            return QueryAnswer.Lacking(failure);
        }

        var result = (StabilityResult)entry.Value;
        var graph = result.Model;
        string name = ConceptName(concept);
        if (query.Property == "equilibria")
        {
            return QueryAnswer.Of(result.Equilibria(concept).Length, $"{result.Equilibria(concept).Length} of {graph.StateCount} states are {name} equilibria.");
        }

        string stateText = query.Argument("state") ?? "status-quo";
        int state = StateOf(graph, stateText);
        if (state < 0)
        {
            return QueryAnswer.Lacking(stateText == "status-quo"
                ? "the conflict has no status quo: add 'status-quo' to the conflict section"
                : $"the conflict has no state '{stateText}' (write a state number from 1 to {graph.StateCount}, or status-quo)");
        }

        string label = stateText == "status-quo" ? $"the status quo (state {GraphModel.Ordinal(state)})" : $"state {GraphModel.Ordinal(state)}";
        if (query.Property == "stableFor")
        {
            string actor = query.PropertyArgument("actor")!;
            int mover = result.Movers.IndexOf(actor);
            if (mover < 0)
            {
                return QueryAnswer.Lacking($"'{actor}' is not a decision maker of the conflict (they are: {string.Join(", ", result.Movers)})");
            }

            bool holds = result.IsStable(concept, mover, state);
            return QueryAnswer.Of(holds, _explain ? StabilityExplainer.Explain(graph, state, mover, concept).Reason : null);
        }

        var unstableFor = new List<string>();
        var reasons = new List<string>();
        for (int m = 0; m < result.Movers.Length; m++)
        {
            if (!result.IsStable(concept, m, state))
            {
                unstableFor.Add(result.Movers[m]);
            }

            if (_explain)
            {
                reasons.Add($"{result.Movers[m]}: {StabilityExplainer.Explain(graph, state, m, concept).Reason}");
            }
        }

        string summary = unstableFor.Count == 0
            ? $"{label} is {name}-stable for every decision maker."
            : $"{label} is not {name}-stable for {string.Join(", ", unstableFor)}.";
        return QueryAnswer.Of(unstableFor.Count == 0, _explain ? summary + " " + string.Join(" ", reasons) : summary);
    }

    private QueryAnswer ForecastAnswer(LensQuery query)
    {
        var scenario = _scenario!;
        string issueId = query.Argument("issue")!;
        if (scenario.FindIssue(issueId) is null)
        {
            return QueryAnswer.Lacking($"the scenario has no issue '{issueId}'");
        }

        _forecastInputs ??= ScenarioForecast.Inputs(scenario);
        var input = _forecastInputs.Issues.FirstOrDefault(i => i.Issue.Id == issueId);
        if (input is null)
        {
            string prefix = $"Issue '{issueId}': ";
            string? note = _forecastInputs.Notes.FirstOrDefault(n => n.StartsWith(prefix, StringComparison.Ordinal));
            return QueryAnswer.Lacking($"issue '{issueId}' cannot be forecast: {(note is null ? "it has no axis" : note[prefix.Length..].TrimEnd('.'))}");
        }

        var model = ModelOf(query.Argument("model"));
        var forecast = Cached($"forecast:{issueId}:{model}", () => Forecast(input, model));
        if (forecast.Missing is not null)
        {
            return QueryAnswer.Lacking(forecast.Missing);
        }

        string unit = input.Issue.Kind == IssueKind.Numeric ? "in the issue's unit" : "on its 0–100 axis";
        if (query.Property == "probabilityInside")
        {
            string actor = query.PropertyArgument("actor")!;
            int index = input.Input.Problem.Actors.IndexOf(actor);
            if (index < 0)
            {
                return QueryAnswer.Lacking($"actor '{actor}' takes no part in the forecast of issue '{issueId}' (no position on it, or no capability)");
            }

            double p = forecast.Inside[index];
            return QueryAnswer.Of(p, input.Input.HasRedLine(index, 0)
                ? $"The {ModelName(model)} forecast of '{issueId}' falls inside {actor}'s acceptable set in {Percent(p)} of {forecast.Runs} run(s)."
                : $"{actor} draws no red line on '{issueId}': every outcome is inside.");
        }

        double value = query.Property switch
        {
            "value" => forecast.Value,
            "median" => forecast.Median,
            "mean" => forecast.Mean,
            "p10" => forecast.P10,
            _ => forecast.P90,
        };
        string detail = forecast.Runs <= 1
            ? $"The {ModelName(model)} model forecasts {Number(forecast.Value)} for '{issueId}' ({unit}); its inputs carry no uncertainty here, so every quantile equals it."
            : $"The {ModelName(model)} model forecasts {Number(forecast.Value)} for '{issueId}' ({unit}); over {forecast.Runs} runs drawing its uncertain inputs: median {Number(forecast.Median)}, mean {Number(forecast.Mean)}, 10–90% {Number(forecast.P10)}–{Number(forecast.P90)}.";
        return QueryAnswer.Of(value, detail);
    }

    private ForecastFigures Forecast(IssueForecastInput input, ForecastModel model)
    {
        var settings = new ForecastSettings { StatusQuo = [input.StatusQuo] };
        var problem = input.Input.Problem;
        var point = ForecastModels.Run(problem, model, settings)[0];
        if (point.Value is not double axis)
        {
            return ForecastFigures.Lacking($"the {ModelName(model)} model gives no forecast for issue '{input.Issue.Id}' ({point.Note ?? "no value"})");
        }

        double value = input.ToIssueValue(axis);
        int actors = problem.ActorCount;
        if (!_explain || input.Input.Inputs.IsEmpty || _options.ForecastRuns <= 1)
        {
            var inside = new double[actors];
            for (int a = 0; a < actors; a++)
            {
                inside[a] = input.Input.Accepts(a, 0, axis) ? 1 : 0;
            }

            return new ForecastFigures(value, value, value, value, value, inside, 1, null);
        }

        var monteCarlo = MonteCarloForecast.Run(input.Input, model, settings, new MonteCarloOptions
        {
            Runs = _options.ForecastRuns,
            Seed = _options.Seed,
            QuantileLevels = [0.1, 0.5, 0.9],
            MaxDegreeOfParallelism = _options.MaxDegreeOfParallelism,
        });
        var d = monteCarlo.Dimensions[0];
        if (d.Runs == 0)
        {
            return ForecastFigures.Lacking($"the {ModelName(model)} model gave no forecast for issue '{input.Issue.Id}' in any run");
        }

        var probabilities = new double[actors];
        for (int a = 0; a < actors; a++)
        {
            probabilities[a] = 1;
        }

        foreach (var acceptance in d.Acceptance)
        {
            probabilities[acceptance.Actor] = acceptance.Probability;
        }

        double Q(double level) => input.ToIssueValue(d.Quantiles.First(q => q.Level == level).Value);
        return new ForecastFigures(value, Q(0.5), input.ToIssueValue(d.Mean), Q(0.1), Q(0.9), probabilities, d.Runs, null);
    }

    private QueryAnswer WindowAnswer(LensQuery query)
    {
        string track = query.Argument("track")!;
        if (_base.Dynamics is not { } dynamics)
        {
            return QueryAnswer.Lacking("the scenario has no dynamics section (the window lens needs a horizon and trends)");
        }

        if (!_base.Tracks.Contains(track))
        {
            return QueryAnswer.Lacking($"the scenario has no track '{track}' (its tracks: {string.Join(", ", _base.Tracks)})");
        }

        string unit = dynamics.Horizon.Unit;
        if (query.Property == "openAt")
        {
            double t = double.Parse(query.PropertyArgument("t")!, CultureInfo.InvariantCulture);
            if (!dynamics.Horizon.Contains(t))
            {
                return QueryAnswer.Lacking($"time {ClaimVariant.Format(t)} lies outside the dynamics horizon [0, {ClaimVariant.Format(dynamics.Horizon.Length)}] {unit}");
            }

            try
            {
                var atTime = ScenarioAtTime.At(_base, t, _variant.Levers);
                var problem = AgreementProblem.From(atTime, [track]);
                if (problem.ActorCount == 0 || problem.TracksWithoutPositions.Length == problem.Tracks.Length)
                {
                    return QueryAnswer.Lacking($"no consenting actor takes a position on track '{track}'");
                }

                bool open = !AgreementSpace.Of(problem).IsEmpty;
                return QueryAnswer.Of(open, $"At {ClaimVariant.Format(t)} {unit} the agreement space of '{track}' is {(open ? "not empty" : "empty")}.");
            }
            catch (ArgumentException ex)
            {
                return QueryAnswer.Lacking($"the scenario cannot be taken at time {ClaimVariant.Format(t)} ({ex.Message})");
            }
        }

        var windows = Cached("window:" + track, () =>
        {
            try
            {
                var result = DealWindows.Over(_base, new DealWindowOptions
                {
                    Step = _options.WindowStep,
                    Levers = _variant.Levers,
                    Tracks = [track],
                    Agreement = new AgreementOptions { IncludeFrontier = false },
                });
                return (object)result.Tracks[0];
            }
            catch (ArgumentException ex)
            {
                return $"the horizon cannot be scanned ({ex.Message})";
            }
        });
        if (windows is string failure)
        {
            return QueryAnswer.Lacking(failure);
        }

        var track0 = (TrackWindows)windows;
        string detail = track0.Explanation + (_variant.At is null ? string.Empty : " (the window lens scans the whole horizon; the claim's time does not narrow it)");
        return query.Property switch
        {
            "opens" => QueryAnswer.Of(!track0.Windows.IsEmpty, detail),
            "openAtEnd" => QueryAnswer.Of(track0.Windows.Any(w => w.OpenAtEnd), detail),
            "count" => QueryAnswer.Of(track0.Windows.Length, detail),
            _ => track0.Windows.IsEmpty
                ? QueryAnswer.Lacking($"the window of track '{track}' never opens within the horizon, so it has no opening time")
                : QueryAnswer.Of(track0.Windows[0].OpensBy, detail),
        };
    }

    private T Cached<T>(string key, Func<T> compute)
        where T : notnull
    {
        if (!_cache.TryGetValue(key, out var value))
        {
            value = compute();
            _cache[key] = value;
        }

        return (T)value;
    }

    private static int StateOf(GraphModel graph, string text)
    {
        if (text == "status-quo")
        {
            return graph.StatusQuo ?? -1;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int ordinal))
        {
            return ordinal >= 1 && ordinal <= graph.StateCount ? ordinal - 1 : -1;
        }

        return graph.StateNames.IndexOf(text);
    }

    internal static StabilityConcept ConceptOf(string name) => name switch
    {
        "nash" => StabilityConcept.Nash,
        "gmr" => StabilityConcept.Gmr,
        "smr" => StabilityConcept.Smr,
        "seq" => StabilityConcept.Seq,
        "sim" => StabilityConcept.Sim,
        _ => StabilityConcept.SeqSim,
    };

    private static string ConceptName(StabilityConcept concept) => concept switch
    {
        StabilityConcept.Nash => "Nash",
        StabilityConcept.Gmr => "GMR",
        StabilityConcept.Smr => "SMR",
        StabilityConcept.Seq => "SEQ",
        StabilityConcept.Sim => "SIM",
        _ => "SEQ+SIM",
    };

    private ForecastModel ModelOf(string? name) => name switch
    {
        null => _options.DefaultForecastModel,
        "mean" => ForecastModel.WeightedMean,
        "median" => ForecastModel.WeightedMedian,
        "strongest" => ForecastModel.StrongestActor,
        "status-quo" => ForecastModel.StatusQuo,
        "expected-utility" => ForecastModel.ExpectedUtility,
        _ => ForecastModel.SpatialPolitics,
    };

    private static string ModelName(ForecastModel model) => model switch
    {
        ForecastModel.WeightedMean => "weighted-mean",
        ForecastModel.WeightedMedian => "weighted-median",
        ForecastModel.StrongestActor => "strongest-actor",
        ForecastModel.StatusQuo => "status-quo",
        ForecastModel.ExpectedUtility => "expected-utility",
        _ => "spatial-politics",
    };

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Percent(double p) => (p * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    /// <summary>A forecast reduced to the figures queries read, on the issue's scale.</summary>
    private sealed record ForecastFigures(double Value, double Median, double Mean, double P10, double P90, double[] Inside, int Runs, string? Missing)
    {
        public static ForecastFigures Lacking(string missing) => new(0, 0, 0, 0, 0, [], 0, missing);
    }
}
