using System.Collections.Immutable;
using Parley.Core.Model;

namespace Parley.Core.Claims;

/// <summary>
/// One Monte Carlo draw of a scenario: every figure with an uncertainty replaced by a value drawn from
/// it (and its uncertainty dropped, so the lenses treat the draw as exact). Figures are drawn in a
/// fixed order (actors' capabilities, then per position the walk-away value, each issue weight and
/// salience, each interaction term's value, then each dated revision's walk-away value, weights and
/// saliences), so
/// a seeded generator gives the same draw everywhere.
/// </summary>
internal static class ScenarioDraw
{
    /// <summary>True when a draw changes something: some figure that <see cref="Of"/> draws carries an uncertainty.</summary>
    public static bool HasUncertainty(Scenario scenario) =>
        scenario.Actors.Any(a => a.Capability?.Uncertainty is not null)
        || scenario.Positions.Any(p => p.WalkAway.Uncertainty is not null
            || p.Issues.Any(Uncertain)
            || p.Interactions.Any(t => t.Value.Uncertainty is not null)
            || p.Revisions.Any(r => r.WalkAway?.Uncertainty is not null || r.Issues.Any(Uncertain)));

    public static Scenario Of(Scenario scenario, Random random)
    {
        var actors = scenario.Actors.Select(a => a.Capability is { Uncertainty: { } u } c
            ? a with { Capability = c with { Value = u.Sample(random), Uncertainty = null } }
            : a).ToImmutableArray();
        var positions = scenario.Positions.Select(p =>
        {
            var walkAway = p.WalkAway is { Uncertainty: { } w } f ? f with { Value = w.Sample(random), Uncertainty = null } : p.WalkAway;
            var issues = p.Issues.Select(ip => Draw(ip, random)).ToImmutableArray();
            var interactions = p.Interactions.Select(t => t.Value is { Uncertainty: { } tu } v
                ? t with { Value = v with { Value = tu.Sample(random), Uncertainty = null } }
                : t).ToImmutableArray();
            var revisions = p.Revisions.Select(r => r with
            {
                WalkAway = r.WalkAway is { Uncertainty: { } ru } rw ? rw with { Value = ru.Sample(random), Uncertainty = null } : r.WalkAway,
                Issues = [.. r.Issues.Select(ip => Draw(ip, random))],
            }).ToImmutableArray();
            return p with { WalkAway = walkAway, Issues = issues, Interactions = interactions, Revisions = revisions };
        }).ToImmutableArray();
        // A draw sets figure values and nothing else, so the ids and references of the checked scenario hold;
        // its figures' ranges are still checked.
        return ScenarioIntegrity.WithReferencesKnown(() => scenario.With(actors: actors, positions: positions));
    }

    private static bool Uncertain(IssuePosition stand) => stand.Weight.Uncertainty is not null || stand.Salience?.Uncertainty is not null;

    // The weight first, then the salience: a stand without an uncertain salience draws as it did before saliences existed.
    private static IssuePosition Draw(IssuePosition stand, Random random)
    {
        if (stand.Weight is { Uncertainty: { } wu } weight)
        {
            stand = stand with { Weight = weight with { Value = wu.Sample(random), Uncertainty = null } };
        }

        if (stand.Salience is { Uncertainty: { } su } salience)
        {
            stand = stand with { Salience = salience with { Value = su.Sample(random), Uncertainty = null } };
        }

        return stand;
    }
}
