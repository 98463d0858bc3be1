using System.Collections.Immutable;
using Parley.Core.Claims;
using Parley.Core.Model;

namespace Parley.Core.Sensitivity;

/// <summary>
/// Sensitivity of a claim's verdict: which assumed figures, changed alone, flip it (supported ↔ refuted)
/// and by how much. Walk-away values are probed when the test asks the agreement or window lens,
/// capabilities and the axis values of the forecast issues' options when it asks the forecast lens (axis
/// values over [0, 100]), preference statements (each dropped, exact) when it asks
/// the stability lens; walk-aways and capabilities are scanned over [0, 1] nearest first and the first
/// flip refined by bisection (<see cref="AgreementSensitivity"/>), so results are marked inexact.
/// </summary>
/// <remarks>
/// Each probe re-evaluates the one claim without draws; forecast distributions inside a probe use at most
/// <see cref="ProbeForecastRuns"/> runs. Cost: about 30 claim evaluations per probed figure.
/// </remarks>
public static class ClaimSensitivity
{
    /// <summary>The largest number of forecast runs a probe uses for distributional properties.</summary>
    public const int ProbeForecastRuns = 200;

    /// <summary>
    /// The figures that flip claim <paramref name="claimId"/>, nearest first; null when the claim is not
    /// decidable at the point values (there is no verdict to flip).
    /// </summary>
    /// <exception cref="ArgumentException">The scenario has no such claim.</exception>
    /// <param name="scenario">The scenario whose figures are probed.</param>
    /// <param name="claimId">The claim whose verdict is watched.</param>
    /// <param name="options">Seed and forecast runs of each probe's evaluation; defaults when null.</param>
    /// <param name="cancellationToken">Stops between probes (each probe is one evaluation of the claim).</param>
    public static VerdictSensitivity? For(Scenario scenario, string claimId, ClaimEvaluationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var claim = scenario.Claims.FirstOrDefault(c => c.Id == claimId) ?? throw new ArgumentException($"The scenario has no claim '{claimId}'.", nameof(claimId));
        options ??= ClaimEvaluationOptions.Default;
        options = options with { Draws = 0, ForecastRuns = Math.Min(options.ForecastRuns, ProbeForecastRuns), MaxDegreeOfParallelism = 1, VerdictsOnly = true };
        var alone = scenario.With(claims: [claim]);
        bool? verdict = Verdict(alone, options, cancellationToken);
        if (verdict is not bool point)
        {
            return null;
        }

        string test = claim.Test ?? string.Empty;
        bool agreement = test.Contains("agreement", StringComparison.Ordinal) || test.Contains("window", StringComparison.Ordinal);
        bool forecast = test.Contains("forecast", StringComparison.Ordinal);
        var flips = new List<FigureFlip>();
        int probed = 0;
        if (agreement)
        {
            foreach (var position in scenario.Positions)
            {
                probed++;
                var p = position;
                bool? Decide(double w) => Verdict(alone.With(positions: alone.Positions.Replace(p, p with { WalkAway = p.WalkAway.WithValue(w) })), options, cancellationToken);
                if (AgreementSensitivity.Scan(p.WalkAway.Value, 0, 1, point, w => Decide(w) ?? point) is { } at)
                {
                    flips.Add(new FigureFlip(FigureKind.WalkAway, p.ActorId, null, null, p.WalkAway.Value, at, at - p.WalkAway.Value, false, p.WalkAway.Provenance.IsJudgement()));
                }
            }
        }

        if (forecast)
        {
            // Only capabilities that can move the forecast are probed: an actor with no stand on a
            // forecast issue takes no part in it, and at a claim's time a capability trend that gives
            // a value there replaces the written figure.
            var forecastIssues = ClaimTest.Parse(test).Expression is { } parsed ? IssuesOf(parsed).ToHashSet(StringComparer.Ordinal) : [];
            foreach (var actor in scenario.Actors)
            {
                if (actor.Capability is not { } capability
                    || scenario.PositionOf(actor.Id) is not { } held || !held.Issues.Any(ip => forecastIssues.Contains(ip.IssueId))
                    || (claim.At is double t && scenario.Dynamics is { } dynamics
                        && dynamics.Trends.Any(tr => tr.ActorId == actor.Id && tr.Target == Model.Dynamics.TrendTarget.Capability && tr.Curve.ValueAt(t) is not null)))
                {
                    continue;
                }

                probed++;
                var a = actor;
                bool? Decide(double c) => Verdict(alone.With(actors: alone.Actors.Replace(a, a with { Capability = capability.WithValue(c) })), options, cancellationToken);
                if (AgreementSensitivity.Scan(capability.Value, 0, 1, point, c => Decide(c) ?? point) is { } at)
                {
                    flips.Add(new FigureFlip(FigureKind.Capability, a.Id, null, null, capability.Value, at, at - capability.Value, false, capability.Provenance.IsJudgement()));
                }
            }
        }

        if (forecast)
        {
            // Axis values of the options of the issues the test forecasts (the modeller's placing on 0–100).
            var named = ClaimTest.Parse(test).Expression is { } expression ? IssuesOf(expression).ToHashSet(StringComparer.Ordinal) : [];
            foreach (var issue in scenario.Issues.Where(i => named.Contains(i.Id)))
            {
                foreach (var option in issue.Options.Where(o => o.Axis is not null))
                {
                    probed++;
                    var (i0, o0) = (issue, option);
                    double axis = option.Axis!.Value;
                    bool? Decide(double x)
                    {
                        var moved = i0 with { Options = i0.Options.Replace(o0, o0 with { Axis = x }) };
                        return Verdict(alone.With(issues: alone.Issues.Replace(alone.Issues.First(i => i.Id == i0.Id), moved)), options, cancellationToken);
                    }

                    if (AgreementSensitivity.Scan(axis, 0, 100, point, x => Decide(x) ?? point) is { } at)
                    {
                        flips.Add(new FigureFlip(FigureKind.AxisValue, string.Empty, issue.Id, null, axis, at, at - axis, false, true, option.Id));
                    }
                }
            }
        }

        if (test.Contains("stability", StringComparison.Ordinal) && scenario.Conflict is { } conflict)
        {
            // Preference ranks: each statement of each decision maker dropped in turn (exact).
            for (int d = 0; d < conflict.DecisionMakers.Length; d++)
            {
                var dm = conflict.DecisionMakers[d];
                if (dm.Preferences is not Model.Conflicts.OptionPrioritization p || p.Statements.Length < 2)
                {
                    continue;
                }

                for (int k = 0; k < p.Statements.Length; k++)
                {
                    probed++;
                    var changed = conflict with { DecisionMakers = conflict.DecisionMakers.SetItem(d, dm with { Preferences = new Model.Conflicts.OptionPrioritization(p.Statements.RemoveAt(k)) }) };
                    if (Verdict(alone.WithConflict(changed), options, cancellationToken) is bool flipped && flipped != point)
                    {
                        flips.Add(new FigureFlip(FigureKind.PreferenceStatement, dm.ActorId, null, k, k, null, 0, true, p.Statements[k].Provenance.IsJudgement()));
                    }
                }
            }
        }

        return new VerdictSensitivity(point, probed, [.. flips.OrderBy(f => Math.Abs(f.RelativeChange)).ThenBy(f => f.Actor, StringComparer.Ordinal)]);
    }

    /// <summary>The robustness of a claim's point verdict from its frequency over the draws: the share of decided draws that agree with it.</summary>
    public static Robustness? RobustnessOf(ClaimResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Frequency is not { } f || result.Verdict == ClaimVerdict.Undecidable)
        {
            return null;
        }

        int agree = result.Verdict == ClaimVerdict.Supported ? f.Held : f.Decided - f.Held;
        return Robustness.Of(f.Draws, f.Decided, agree, f.Seed);
    }

    private static IEnumerable<string> IssuesOf(ClaimExpression node) =>
        node.Queries().Select(q => q.Argument("issue")).OfType<string>();

    private static bool? Verdict(Scenario scenario, ClaimEvaluationOptions options, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ClaimResult result;
        try
        {
            result = ClaimEvaluation.Evaluate(scenario, options).Claims[0];
        }
        catch (ArgumentException)
        {
            // A figure pushed where the scenario's checks refuse it (a lever that no longer fits) decides nothing.
            return null;
        }

        return result.Verdict switch
        {
            ClaimVerdict.Supported => true,
            ClaimVerdict.Refuted => false,
            _ => null,
        };
    }
}
