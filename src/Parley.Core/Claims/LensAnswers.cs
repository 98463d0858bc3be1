using System.Collections.Immutable;
using System.Globalization;
using Parley.Core.Agreement;
using Parley.Core.Dynamics;
using Parley.Core.Forecast;
using Parley.Core.Model.Conflicts;
using Parley.Core.Model.Dynamics;
using Parley.Core.Model;
using Parley.Core.Session;
using Parley.Core.Stability;
using Parley.Core.Variants;
using Parley.Core.Vocabulary;

namespace Parley.Core.Claims;

/// <summary>
/// Answers the lens queries of the claims that share one variant by reading the results of a
/// <see cref="LensSession"/>: a typed map from a query (lens, arguments, property) to a property of a
/// lens result. It computes nothing itself, so a claim and the report read the same answer. At
/// <see cref="LensDepth.VerdictsOnly"/> (inside Monte Carlo draws) the session does only the work a
/// verdict needs: the exact agreement-space decision and point forecasts.
/// </summary>
internal sealed partial class LensAnswers
{
    private readonly LensSession _session;
    private readonly VariantKey _variant;
    private readonly bool _explain;
    private readonly Scenario? _scenario;
    private readonly string? _missing;

    public LensAnswers(LensSession session, VariantKey variant)
    {
        _session = session;
        _variant = variant;
        _explain = session.Options.Depth != LensDepth.VerdictsOnly;
        var derivation = session.Variant(variant);
        _scenario = derivation.Scenario;
        _missing = derivation.Failure;
    }

    public QueryAnswer Answer(LensQuery query)
    {
        if (!Terms.TryParse<LensKind>(query.Lens, out var lens))
        {
            return QueryAnswer.Lacking($"there is no lens '{query.Lens}'");
        }

        if (lens != LensKind.Windows && _scenario is null)
        {
            return QueryAnswer.Lacking(_missing!);
        }

        return lens switch
        {
            LensKind.Agreement => AgreementAnswer(query),
            LensKind.Stability => StabilityAnswer(query),
            LensKind.Forecast => ForecastAnswer(query),
            LensKind.Windows => WindowAnswer(query),
            LensKind.EndStates => EndStateAnswer(query),
            _ => QueryAnswer.Lacking($"the claim language has no queries on the {Terms.DisplayName(lens)} lens"),
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

        string? without = query.Argument("without");
        var lens = _session.Agreement(_variant, track)!;
        if (without is not null)
        {
            if (!lens.Problem.ActorIds.Contains(without))
            {
                return QueryAnswer.Lacking($"'{without}' is not an actor whose consent track '{track}' needs, so there is nothing to drop (without: {without})");
            }

            lens = _session.AgreementWithout(_variant, track, without)!;
        }

        var problem = lens.Problem;
        if (lens.HasNoPositions)
        {
            return QueryAnswer.Lacking(problem.ActorCount == 0
                ? $"no actor's consent is needed on track '{track}' (no party and no consentBy)"
                : $"no consenting actor takes a position on track '{track}': add their positions");
        }

        var space = lens.Space!;
        string? detail = without is null || lens.Analysis is null ? lens.Analysis?.Explanation : $"Without {without}'s consent and red lines: {lens.Analysis.Explanation}";
        switch (query.Property)
        {
            case "empty":
                return QueryAnswer.Of(space.IsEmpty, detail);
            case "size":
                var size = space.IsEmpty ? SpaceSize.Exactly(0) : space.Size;
                return size.IsExact
                    ? QueryAnswer.Of((double)size.Lower, detail)
                    : QueryAnswer.Lacking($"the agreement space of track '{track}' was too costly to count exactly ({size})");
            case "gain":
                return GainAnswer(problem, track, query);
            case "margin":
                return MarginAnswer(track, without);
            default:
                return QueryAnswer.Of((double)problem.Space.Size, detail);
        }
    }

    // How far the verdict is from flipping: the smallest change of one consenting actor's walk-away value (on its
    // 0–1 scale) that flips it. A sweep's distribution of it over draws says how near the verdict sits to its edge.
    private QueryAnswer MarginAnswer(string track, string? without)
    {
        if (without is not null)
        {
            return QueryAnswer.Lacking($"the margin is asked of the whole track: leave out 'without: {without}'");
        }

        var flips = _session.WalkAwayFlips(_variant, track)!;
        if (flips.Flips.IsEmpty)
        {
            return QueryAnswer.Lacking($"no consenting actor's walk-away value alone flips the verdict on track '{track}' (probed {flips.Probed})");
        }

        var nearest = flips.Flips[0];
        double margin = Math.Abs(nearest.RelativeChange);
        return QueryAnswer.Of(margin, $"The verdict on '{track}' flips when {nearest.Actor}'s walk-away value moves from {Format(nearest.Current)} to {Format(nearest.FlipsAt ?? nearest.Current)}, a change of {Format(margin)}.");
    }

    private QueryAnswer StabilityAnswer(LensQuery query)
    {
        var scenario = _scenario!;
        if (scenario.Conflict is not { } conflict)
        {
            return QueryAnswer.Lacking("the scenario has no conflict section (the stability lens needs decision makers, their options and preferences)");
        }

        Terms.TryParse<StabilityConcept>(query.Argument("concept"), out var concept);
        string? withoutActor = query.Argument("without");
        string? withoutOption = query.Argument("without-option");

        // A mechanism test: the decision maker cannot move, or the option cannot change.
        var lens = withoutActor is null && withoutOption is null
            ? _session.Stability(_variant)!
            : _session.StabilityWithout(_variant, withoutActor, withoutOption)!;
        if (lens.Failure is { } failure)
        {
            return QueryAnswer.Lacking(failure);
        }

        var result = lens.Result!;
        var graph = result.Model;
        string name = Terms.DisplayName(concept);
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

        string label = (stateText == "status-quo" ? $"the status quo (state {GraphModel.Ordinal(state)})" : $"state {GraphModel.Ordinal(state)}")
            + (withoutActor is null ? string.Empty : $" without {withoutActor} moving")
            + (withoutOption is null ? string.Empty : $" with option {withoutOption} frozen");
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
        var untempted = new List<string>();
        for (int m = 0; m < result.Movers.Length; m++)
        {
            if (!result.IsStable(concept, m, state))
            {
                unstableFor.Add(result.Movers[m]);
            }

            if (_explain)
            {
                // A decision maker with no improving move is named once below, not given a sentence each.
                var explanation = StabilityExplainer.Explain(graph, state, m, concept);
                if (explanation.Improvements.IsEmpty)
                {
                    untempted.Add(result.Movers[m]);
                }
                else
                {
                    reasons.Add($"{result.Movers[m]}: {explanation.Reason}");
                }
            }
        }

        if (untempted.Count > 0)
        {
            reasons.Add($"Nothing tempts {string.Join(", ", untempted)}: no move of their own improves on it (Nash).");
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

        var inputs = _session.ForecastInputs(_variant)!;
        var input = inputs.Issues.FirstOrDefault(i => i.Issue.Id == issueId);
        if (input is null)
        {
            string prefix = $"Issue '{issueId}': ";
            string? note = inputs.Notes.FirstOrDefault(n => n.StartsWith(prefix, StringComparison.Ordinal));
            return QueryAnswer.Lacking($"issue '{issueId}' cannot be forecast: {(note is null ? "it has no axis" : note[prefix.Length..].TrimEnd('.'))}");
        }

        var model = query.Argument("model") is { } token && Terms.TryParse<ForecastModel>(token, out var named) ? named : _session.Options.DefaultForecastModel;
        // The value needs the point run alone; every other property reads the distribution.
        var forecast = Figures(query.Property == "value"
            ? _session.Forecast(_variant, issueId, model)!
            : _session.ForecastDistribution(_variant, issueId, model)!);
        if (forecast.Missing is not null)
        {
            return QueryAnswer.Lacking(forecast.Missing);
        }

        string unit = input.Issue.Kind == IssueKind.Numeric ? "in the issue's unit" : "on its 0–100 axis";
        string modelName = Terms.Token(model);
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
                ? $"The {modelName} forecast of '{issueId}' falls inside {actor}'s acceptable set in {Percent(p)} of {forecast.Runs} run(s)."
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
            ? $"The {modelName} model forecasts {Number(forecast.Value)} for '{issueId}' ({unit}); its inputs carry no uncertainty here, so every quantile equals it."
            : $"The {modelName} model forecasts {Number(forecast.Value)} for '{issueId}' ({unit}); over {forecast.Runs} runs drawing its uncertain inputs: median {Number(forecast.Median)}, mean {Number(forecast.Mean)}, 10–90% {Number(forecast.P10)}–{Number(forecast.P90)}.{forecast.Caution}";
        return QueryAnswer.Of(value, detail);
    }

    private static ForecastFigures Figures(ForecastLensResult lens)
    {
        var input = lens.Input;
        if (lens.Point is not double axis)
        {
            return ForecastFigures.Lacking($"the {Terms.Token(lens.Model)} model gives no forecast for issue '{input.Issue.Id}' ({lens.PointNote ?? "no value"})");
        }

        double value = input.ToIssueValue(axis);
        int actors = input.Input.Problem.ActorCount;
        if (lens.MonteCarlo is not { } monteCarlo)
        {
            var inside = new double[actors];
            for (int a = 0; a < actors; a++)
            {
                inside[a] = input.Input.Accepts(a, 0, axis) ? 1 : 0;
            }

            return new ForecastFigures(value, value, value, value, value, inside, 1, null);
        }

        var d = monteCarlo.Dimensions[0];
        if (d.Runs == 0)
        {
            return ForecastFigures.Lacking($"the {Terms.Token(lens.Model)} model gave no forecast for issue '{input.Issue.Id}' in any run");
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

        double Q(double level) => input.ToIssueValue(lens.AxisQuantile(level));

        // A single number of a split or undetermined distribution describes none of its outcomes: say so.
        string? caution = d.Shape.Reading switch
        {
            ForecastReading.Split => " The distribution is split — either " + string.Join(" or ", d.Shape.Modes.Select(m =>
                $"{input.NearestOption(m.Value)?.Id ?? Number(input.ToIssueValue(m.Value))} ({Percent(m.Share)})")) + " — so its median or mean describes neither outcome.",
            ForecastReading.Undetermined => " The distribution spreads over most of the scale: the model cannot tell, whatever its median.",
            _ => null,
        };
        return new ForecastFigures(value, Q(0.5), input.ToIssueValue(d.Mean), Q(0.1), Q(0.9), probabilities, d.Runs, null, caution);
    }

    private QueryAnswer WindowAnswer(LensQuery query)
    {
        string track = query.Argument("track")!;
        var baseScenario = _session.Scenario;
        if (baseScenario.Dynamics is not { } dynamics)
        {
            return QueryAnswer.Lacking("the scenario has no dynamics section (the window lens needs a horizon and trends)");
        }

        if (!baseScenario.Tracks.Contains(track))
        {
            return QueryAnswer.Lacking($"the scenario has no track '{track}' (its tracks: {string.Join(", ", baseScenario.Tracks)})");
        }

        string unit = dynamics.Horizon.Unit;
        if (query.Property == "openAt")
        {
            double t = double.Parse(query.PropertyArgument("t")!, CultureInfo.InvariantCulture);
            if (!dynamics.Horizon.Contains(t))
            {
                return QueryAnswer.Lacking($"time {Format(t)} lies outside the dynamics horizon [0, {Format(dynamics.Horizon.Length)}] {unit}");
            }

            var atTime = _variant.AtTime(t);
            var derivation = _session.Variant(atTime);
            if (derivation.Scenario is null)
            {
                return QueryAnswer.Lacking($"the scenario cannot be taken at time {Format(t)} ({derivation.Failure})");
            }

            var lens = _session.Agreement(atTime, track)!;
            if (lens.HasNoPositions)
            {
                return QueryAnswer.Lacking($"no consenting actor takes a position on track '{track}'");
            }

            bool open = !lens.Space!.IsEmpty;
            // A horizon with a calendar says the date, as every output does.
            string date = Dynamics.HorizonCalendar.Of(dynamics.Horizon) is { } calendar ? $" ({Variants.VariantKey.FormatDate(calendar.DateAt(t))})" : string.Empty;
            return QueryAnswer.Of(open, $"At {Format(t)} {unit}{date} the agreement space of '{track}' is {(open ? "not empty" : "empty")}.");
        }

        var windows = _session.Windows(_variant)!;
        if (windows.Failure is { } failure)
        {
            return QueryAnswer.Lacking(failure);
        }

        var track0 = windows.Windows!.Tracks.First(t => t.Track == track);
        string detail = track0.Explanation + (!_variant.IsTimed ? string.Empty : " (the window lens scans the whole horizon; the claim's time or date does not narrow it)");
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

    private static string Format(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Percent(double p) => (p * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    /// <summary>A forecast reduced to the figures queries read, on the issue's scale.</summary>
    private sealed record ForecastFigures(double Value, double Median, double Mean, double P10, double P90, double[] Inside, int Runs, string? Missing, string? Caution = null)
    {
        public static ForecastFigures Lacking(string missing) => new(0, 0, 0, 0, 0, [], 0, missing);
    }
}
