using System.Collections.Immutable;
using System.Globalization;
using Parley.Core.Model;
using Parley.Core.Model.Conflicts;
using Parley.Core.Model.Dynamics;
using static Parley.Formats.Writing.YamlTree;

namespace Parley.Formats.Writing;

/// <summary>
/// Writes a <see cref="Scenario"/> as Parley scenario YAML (docs/scenario-format.md) that
/// <see cref="Yaml.ScenarioReader"/> reads back to the same scenario. Everything that has a default is
/// written out (basis, accept, values, weights), so no default of the reader can change a figure on the
/// way back. What the model holds but the format has no key for is not written and is named in
/// <see cref="ScenarioYamlWriting.Losses"/>, so a caller can say so before it saves.
/// </summary>
public static class ScenarioYamlWriter
{
    /// <summary>The YAML of <paramref name="scenario"/>, and what it could not carry.</summary>
    public static ScenarioYamlWriting Write(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var losses = new List<string>();
        var root = new Map()
            .Add("parley", "1")
            .Add("id", YamlText.Text(scenario.Id))
            .Add("title", YamlText.Quoted(scenario.Title))
            .Add("description", Text(scenario.Description));
        root.Add("sources", Items(scenario.Sources, SourceNode));
        root.Add("actors", Items(scenario.Actors, ActorNode));
        root.Add("issues", Items(scenario.Issues, IssueNode));
        if (!scenario.Positions.IsEmpty)
        {
            root.Add("positions", Items(scenario.Positions, p => PositionNode(scenario, p, losses)));
        }

        if (!scenario.Proposals.IsEmpty)
        {
            root.Add("proposals", Items(scenario.Proposals, ProposalNode));
        }

        if (!scenario.Levers.IsEmpty)
        {
            root.Add("levers", Items(scenario.Levers, LeverNode));
        }

        if (!scenario.Claims.IsEmpty)
        {
            root.Add("claims", Items(scenario.Claims, ClaimNode));
        }

        if (scenario.Conflict is { } conflict)
        {
            root.Add("conflict", ConflictNode(conflict));
        }

        if (scenario.Dynamics is { } dynamics)
        {
            root.Add("dynamics", DynamicsNode(dynamics));
        }

        if (!scenario.EndStates.IsEmpty)
        {
            root.Add("end-states", Items(scenario.EndStates, EndStateNode));
        }

        return new ScenarioYamlWriting(Render(root), [.. losses]);
    }

    private static Seq Items<T>(ImmutableArray<T> items, Func<T, YamlTree> node) => new([.. items.Select(node)]);

    private static Seq Ids(ImmutableArray<string> ids) => new([.. ids.Select(i => (YamlTree)new Scalar(YamlText.Text(i)))]);

    private static Seq? OptionalIds(ImmutableArray<string> ids) => ids.IsDefaultOrEmpty ? null : Ids(ids);

    private static string? Text(string? text) => text is null ? null : YamlText.Quoted(text);

    private static string? Number(double? value) => value is { } v ? YamlText.Number(v) : null;

    // The reader's words for each provenance, so an inferred stand is written back as inferred.
    private static string Basis(Provenance provenance) => provenance.Word();

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Map SourceNode(Source s) => new Map()
        .Add("id", YamlText.Text(s.Id))
        .Add("title", YamlText.Quoted(s.Title))
        .Add("publisher", Text(s.Publisher))
        .Add("date", Text(s.Date))
        .Add("url", Text(s.Address))
        .Add("kind", s.Kind == SourceKind.Commentary ? "commentary" : null);

    private static Map ActorNode(Actor a) => new Map()
        .Add("id", YamlText.Text(a.Id))
        .Add("name", YamlText.Quoted(a.Name))
        .Add("role", a.Role.ToString().ToLowerInvariant())
        .Add("capability", a.Capability is { } c ? FigureNode(c) : null)
        .Add("supports", OptionalIds(a.Supports))
        .Add("description", Text(a.Description))
        .Add("sources", OptionalIds(a.Sources));

    private static Map IssueNode(Issue i)
    {
        var map = new Map()
            .Add("id", YamlText.Text(i.Id))
            .Add("name", YamlText.Quoted(i.Name))
            .Add("track", YamlText.Quoted(i.Track))
            .Add("description", Text(i.Description));
        if (i.Kind == IssueKind.Numeric && i.Range is { } r)
        {
            map.Add("range", RangeNode(r));
        }
        else
        {
            map.Add("options", new Seq([.. i.Options.Select(o => (YamlTree)new Map()
                .Add("id", YamlText.Text(o.Id))
                .Add("label", YamlText.Quoted(o.Label))
                .Add("axis", Number(o.Axis)))]));
        }

        map.Add("consent", OptionalIds(i.ConsentBy));
        if (i.StatusQuo is { } sq)
        {
            // A numeric status quo is a number as written; a discrete one an option id.
            map.Add("status-quo", i.Kind == IssueKind.Numeric ? sq : YamlText.Text(sq));
        }

        return map;
    }

    private static Map RangeNode(NumericRange r) => new Map()
        .Add("min", YamlText.Number(r.Min))
        .Add("max", YamlText.Number(r.Max))
        .Add("unit", Text(r.Unit))
        .Add("step", Number(r.Step));

    private static YamlTree FigureNode(Figure f)
    {
        var map = new Map()
            .Add("value", YamlText.Number(f.Value))
            .Add("basis", Basis(f.Provenance))
            .Add("note", Text(f.Note))
            .Add("sources", OptionalIds(f.Sources));
        if (f.Uncertainty is { } u)
        {
            var un = new Map().Add("min", YamlText.Number(u.Min)).Add("max", YamlText.Number(u.Max));
            switch (u.Kind)
            {
                case DistributionKind.Triangular:
                    un.Add("mode", YamlText.Number(u.Center));
                    break;
                case DistributionKind.Normal:
                    un.Add("mean", YamlText.Number(u.Center)).Add("sd", YamlText.Number(u.Spread));
                    break;
            }

            map.Add("uncertainty", un);
        }

        return map;
    }

    private static Map PositionNode(Scenario scenario, Position p, List<string> losses)
    {
        if (p.DiscountFactor is { } d)
        {
            losses.Add(string.Create(CultureInfo.InvariantCulture, $"The discount factor {d} of '{p.ActorId}' (from a GENIUS profile) has no key in the scenario format; the saved scenario leaves it out (the agreement lens does not use it)."));
        }

        if (p.UtilityCeiling is { } c)
        {
            losses.Add(string.Create(CultureInfo.InvariantCulture, $"'{p.ActorId}' uses GENIUS's weights as written capped at {c}; the scenario format normalises weights to sum to 1, so utilities may differ slightly from GENIUS's."));
        }

        var map = new Map()
            .Add("actor", YamlText.Text(p.ActorId))
            .Add("date", p.Date is { } date ? Date(date) : null)
            .Add("walk-away", FigureNode(p.WalkAway))
            .Add("sources", OptionalIds(p.Sources));
        var stands = new Map();
        foreach (var stand in p.Issues)
        {
            stands.Add(stand.IssueId, StandNode(scenario, stand, withWeight: true));
        }

        map.Add("issues", stands);
        if (!p.Interactions.IsEmpty)
        {
            map.Add("interactions", Items(p.Interactions, InteractionNode));
        }

        if (!p.Revisions.IsEmpty)
        {
            map.Add("revisions", Items(p.Revisions, r => RevisionNode(scenario, r)));
        }

        return map;
    }

    private static Map StandNode(Scenario scenario, IssuePosition s, bool withWeight)
    {
        var issue = scenario.FindIssue(s.IssueId);
        var map = new Map();
        if (issue is { Kind: IssueKind.Numeric })
        {
            map.Add("prefer", Number(s.PreferredValue));
            if (s.AcceptableRange is { } r)
            {
                map.Add("accept", new Map().Add("min", YamlText.Number(r.Min)).Add("max", YamlText.Number(r.Max)));
            }
        }
        else
        {
            map.Add("prefer", s.Preferred is { } pref ? YamlText.Text(pref) : null);
            map.Add("accept", s.Acceptable.IsDefaultOrEmpty ? null : Ids(s.Acceptable));
            if (issue is not null && !s.Values.IsDefaultOrEmpty && s.Values.Length == issue.Options.Length)
            {
                var values = new Map();
                for (int k = 0; k < issue.Options.Length; k++)
                {
                    values.Add(issue.Options[k].Id, YamlText.Number(s.Values[k]));
                }

                map.Add("values", values);
            }
        }

        if (withWeight)
        {
            map.Add("weight", FigureNode(s.Weight));
        }

        if (s.Salience is { } salience)
        {
            map.Add("salience", FigureNode(salience));
        }

        return map
            .Add("basis", Basis(s.Provenance))
            .Add("quote", Text(s.Statement))
            .Add("sources", OptionalIds(s.Sources))
            .Add("note", Text(s.Note));
    }

    private static Map InteractionNode(InteractionTerm t)
    {
        var when = new Map();
        foreach (var c in t.Conditions)
        {
            if (c.Range is { } r)
            {
                when.Add(c.IssueId, new Map().Add("min", YamlText.Number(r.Min)).Add("max", YamlText.Number(r.Max)));
            }
            else
            {
                when.Add(c.IssueId, Ids(c.Options));
            }
        }

        return new Map()
            .Add("when", when)
            .Add("value", FigureNode(t.Value))
            .Add("description", Text(t.Description))
            .Add("sources", OptionalIds(t.Sources));
    }

    private static Map RevisionNode(Scenario scenario, PositionRevision r)
    {
        var stands = new Map();
        foreach (var stand in r.Issues)
        {
            stands.Add(stand.IssueId, StandNode(scenario, stand, withWeight: true));
        }

        return new Map()
            .Add("date", Date(r.Date))
            .Add("walk-away", r.WalkAway is { } w ? FigureNode(w) : null)
            .Add("issues", stands.IsEmpty ? null : stands)
            .Add("sources", OptionalIds(r.Sources))
            .Add("note", Text(r.Note));
    }

    private static Map ProposalNode(Proposal p)
    {
        var terms = new Map();
        foreach (var term in p.Terms)
        {
            terms.Add(term.IssueId, term.OptionId is { } o ? YamlText.Text(o) : Number(term.Value));
        }

        return new Map()
            .Add("id", YamlText.Text(p.Id))
            .Add("name", YamlText.Quoted(p.Name))
            .Add("by", YamlText.Text(p.ProposedBy))
            .Add("date", Text(p.Date))
            .Add("terms", terms)
            .Add("description", Text(p.Description))
            .Add("sources", OptionalIds(p.Sources));
    }

    private static Map LeverNode(Lever l) => new Map()
        .Add("id", YamlText.Text(l.Id))
        .Add("name", YamlText.Quoted(l.Name))
        .Add("by", YamlText.Text(l.ActorId))
        .Add("effects", Items(l.Effects, EffectNode))
        .Add("starts-at", Number(l.StartsAt))
        .Add("description", Text(l.Description))
        .Add("basis", Basis(l.Provenance))
        .Add("sources", OptionalIds(l.Sources));

    private static Map EffectNode(LeverEffect effect) => effect switch
    {
        WalkAwayChange w => new Map().Add("walk-away", Change(new Map().Add("actor", YamlText.Text(w.ActorId)), w.Change)),
        CapabilityChange c => new Map().Add("capability", Change(new Map().Add("actor", YamlText.Text(c.ActorId)), c.Change)),
        WeightChange w => new Map().Add("weight", Change(new Map().Add("actor", YamlText.Text(w.ActorId)).Add("issue", YamlText.Text(w.IssueId)), w.Change)),
        OptionRemoval r => new Map().Add("remove-option", OptionRef(r.IssueId, r.OptionId)),
        OptionImposition i => new Map().Add("impose-option", OptionRef(i.IssueId, i.OptionId)),
        AcceptanceChange a => new Map().Add(a.Accept ? "accept" : "reject", new Map()
            .Add("actor", YamlText.Text(a.ActorId)).Add("issue", YamlText.Text(a.IssueId)).Add("option", YamlText.Text(a.OptionId))),
        RedLineBoundChange b => new Map().Add(b.Accept ? "accept" : "reject", new Map()
            .Add("actor", YamlText.Text(b.ActorId)).Add("issue", YamlText.Text(b.IssueId)).Add("min", Number(b.Min)).Add("max", Number(b.Max))),
        OptionFixing f => new Map().Add(f.Taken ? "fix-option" : "forbid-option", YamlText.Text(f.OptionId)),
        PreferenceChange p => new Map().Add("preferences", new Map()
            .Add("actor", YamlText.Text(p.ActorId))
            .Add("statements", p.Preferences is OptionPrioritization o ? Items(o.Statements, StatementNode) : throw new NotSupportedException("A lever can only replace preferences by statements."))),
        _ => throw new NotSupportedException($"The lever effect {effect.GetType().Name} has no form in the scenario format."),
    };

    private static Map Change(Map target, ValueChange change) => target.Add(
        change.Mode switch
        {
            ChangeMode.Set => "set",
            ChangeMode.Add => "add",
            _ => "multiply",
        },
        YamlText.Number(change.Amount));

    private static Map OptionRef(string issue, string option) => new Map().Add("issue", YamlText.Text(issue)).Add("option", YamlText.Text(option));

    private static Map ClaimNode(Claim c) => new Map()
        .Add("id", YamlText.Text(c.Id))
        .Add("statement", YamlText.Quoted(c.Statement))
        .Add("test", Text(c.Test))
        .Add("with", OptionalIds(c.With))
        .Add("at", Number(c.At))
        .Add("sources", OptionalIds(c.Sources));

    private static Map ConflictNode(Conflict conflict)
    {
        var makers = new Seq([.. conflict.DecisionMakers.Select(d =>
        {
            var dm = new Map()
                .Add("actor", YamlText.Text(d.ActorId))
                .Add("options", new Seq([.. d.Options.Select(o => (YamlTree)new Map()
                    .Add("id", YamlText.Text(o.Id))
                    .Add("name", YamlText.Quoted(o.Name))
                    .Add("direction", o.Reversibility switch
                    {
                        OptionReversibility.ForwardOnly => "take-only",
                        OptionReversibility.BackwardOnly => "drop-only",
                        _ => "both",
                    }))]));
            switch (d.Preferences)
            {
                case OptionPrioritization o:
                    dm.Add("preferences", Items(o.Statements, StatementNode));
                    break;
                case StateRanking r:
                    dm.Add("ranking", new Seq([.. r.TiersBestFirst.Select(t => t.Length == 1
                        ? (YamlTree)new Scalar(t[0].ToString(CultureInfo.InvariantCulture))
                        : new Scalar("[" + string.Join(", ", t.Select(s => s.ToString(CultureInfo.InvariantCulture))) + "]"))]));
                    break;
            }

            return (YamlTree)dm;
        })]);
        var map = new Map().Add("decision-makers", makers);
        if (!conflict.Infeasibilities.IsEmpty)
        {
            map.Add("infeasible", Items(conflict.Infeasibilities, i => new Map()
                .Add("when", YamlText.Quoted(i.Condition.ToString()))
                .Add("note", Text(i.Description))));
        }

        if (conflict.StatusQuo is { } sq)
        {
            map.Add("status-quo", Ids(sq));
        }

        if (!conflict.Coalitions.IsEmpty)
        {
            map.Add("coalitions", Items(conflict.Coalitions, c => new Map().Add("id", YamlText.Text(c.Id)).Add("members", Ids(c.Members))));
        }

        return map;
    }

    private static Map StatementNode(PreferenceStatement s) => new Map()
        .Add("statement", YamlText.Quoted(s.Condition.ToString()))
        .Add("basis", Basis(s.Provenance))
        .Add("note", Text(s.Reasoning))
        .Add("sources", OptionalIds(s.Sources));

    private static Map DynamicsNode(ScenarioDynamics dynamics) => new Map()
        .Add("horizon", new Map()
            .Add("length", YamlText.Number(dynamics.Horizon.Length))
            .Add("unit", YamlText.Quoted(dynamics.Horizon.Unit))
            .Add("start", Text(dynamics.Horizon.Start)))
        .Add("trends", dynamics.Trends.IsEmpty ? null : Items(dynamics.Trends, t => new Map()
            .Add("actor", YamlText.Text(t.ActorId))
            .Add(t.Target == TrendTarget.WalkAway ? "walk-away" : "capability", CurveNode(t.Curve))
            .Add("basis", Basis(t.Provenance))
            .Add("note", Text(t.Note))
            .Add("sources", OptionalIds(t.Sources))));

    private static Map CurveNode(TrendCurve curve) => curve switch
    {
        LinearCurve l => new Map().Add("linear", new Map()
            .Add("from", YamlText.Number(l.From)).Add("to", YamlText.Number(l.To))
            .Add("start", YamlText.Number(l.StartTime)).Add("end", YamlText.Number(l.EndTime))),
        StepCurve s => new Map().Add("steps", Points(s.Steps)),
        SeriesCurve s => new Map().Add("series", Points(s.Series)),
        _ => throw new NotSupportedException($"The trend curve {curve.GetType().Name} has no form in the scenario format."),
    };

    private static Seq Points(ImmutableArray<TrendPoint> points) =>
        new([.. points.Select(p => (YamlTree)new Map().Add("at", YamlText.Number(p.Time)).Add("value", YamlText.Number(p.Value)))]);

    private static Map EndStateNode(EndState e)
    {
        var agreements = new Map();
        foreach (var outcome in e.Agreements)
        {
            agreements.Add(outcome.Track, outcome.Agreement ? "true" : "false");
        }

        return new Map()
            .Add("id", YamlText.Text(e.Id))
            .Add("name", YamlText.Quoted(e.Name))
            .Add("description", Text(e.Description))
            .Add("when", e.When is { } w ? YamlText.Quoted(w.ToString()) : null)
            .Add("agreements", agreements.IsEmpty ? null : agreements)
            .Add("sources", OptionalIds(e.Sources));
    }
}
