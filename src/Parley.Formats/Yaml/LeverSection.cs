using System.Collections.Immutable;
using Parley.Core.Model;

namespace Parley.Formats.Yaml;

/// <summary>
/// Reads the top-level <c>levers</c> list. Each effect is a one-key mapping naming what changes, such as
/// <c>- walk-away: {actor: UA, add: -0.1}</c>.
/// </summary>
internal static class LeverSection
{
    public static ImmutableArray<Lever> Read(YamlReadContext ctx, YamlMapping root, KnownIds known, Dictionary<string, YamlNode> leverNodes)
    {
        var items = ctx.List(root, "levers", string.Empty, "levers");

        // Ids first: claims (read later) and other levers may refer to any of them.
        foreach (var item in items)
        {
            if (item is YamlMapping m && m["id"] is YamlScalar s)
            {
                known.Levers.Add(s.Value);
            }
        }

        var result = ImmutableArray.CreateBuilder<Lever>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < items.Count; i++)
        {
            string path = $"levers[{i}]";
            var map = ctx.Mapping(items[i], path, "a lever", ScenarioKeys.Lever);
            if (map is null)
            {
                continue;
            }

            var id = IdRegistry.ReadId(ctx, map, path, "lever", seen);
            var name = ctx.OptionalText(map, "name", path) ?? id;
            var by = ctx.RequiredText(map, "by", path, "a lever");
            bool ok = by is not null && ctx.CheckReference(by, map["by"]!, YamlReadContext.Join(path, "by"), "actor", known.Actors);
            var startsAt = ctx.OptionalNumber(map, "starts-at", path, 0, double.MaxValue);
            ok &= map["starts-at"] is null or YamlScalar { IsNull: true } || startsAt is not null;
            var description = ctx.OptionalText(map, "description", path);
            var sources = SourceReferences.Read(ctx, map, path, known);
            var basis = FigureSection.Basis(ctx, map, path, sources.IsEmpty ? Provenance.Assumption : Provenance.Stated);
            ok &= basis is not null;
            var effects = ImmutableArray.CreateBuilder<LeverEffect>();
            var effectNodes = ctx.List(map, "effects", path, "effects");
            if (map["effects"] is null)
            {
                ctx.Error(ScenarioDiagnosticCodes.MissingKey, "A lever needs 'effects': a list of what it changes (walk-away, capability, weight, remove-option, impose-option, accept, reject).", map, path);
                ok = false;
            }

            for (int k = 0; k < effectNodes.Count; k++)
            {
                var effect = ReadEffect(ctx, effectNodes[k], $"{path}.effects[{k}]", known);
                if (effect is null)
                {
                    ok = false;
                }
                else
                {
                    effects.Add(effect);
                }
            }

            ok &= CheckBoundsAgree(ctx, effects, map, path);
            if (id is not null && ok)
            {
                leverNodes[id] = map;
                result.Add(new Lever(id, name!, by!, effects.ToImmutable(), startsAt, description, basis!.Value, sources));
            }
        }

        return result.ToImmutable();
    }

    private static LeverEffect? ReadEffect(YamlReadContext ctx, YamlNode node, string path, KnownIds known)
    {
        var map = ctx.Mapping(node, path, "a lever effect", ScenarioKeys.Effects);
        if (map is null)
        {
            return null;
        }

        if (map.Entries.Count != 1)
        {
            ctx.Error(ScenarioDiagnosticCodes.WrongType, $"Each effect names exactly one change (one of: {string.Join(", ", ScenarioKeys.Effects)}); this one names {map.Entries.Count}. Split it into separate list items.", node, path);
            return null;
        }

        var (key, body) = (map.Entries[0].Key.Value, map.Entries[0].Value);
        if (!ScenarioKeys.Effects.Contains(key))
        {
            // Already reported as an unknown key; reading its body would only add noise.
            return null;
        }

        string bodyPath = YamlReadContext.Join(path, key);
        switch (key)
        {
            case "fix-option":
            case "forbid-option":
            {
                // Conflict options are read after levers; an unknown one is reported when the lever is applied.
                var option = ctx.Text(body, bodyPath, key);
                return option is null ? null : new OptionFixing(option, key == "fix-option");
            }

            case "preferences":
                return ConflictSection.ReadPreferenceChange(ctx, body, bodyPath, known);

            case "walk-away":
            case "capability":
            {
                var m = ctx.Mapping(body, bodyPath, $"the '{key}' effect", ScenarioKeys.ActorChange);
                if (m is null)
                {
                    return null;
                }

                var actor = Actor(ctx, m, bodyPath, known);
                var change = Change(ctx, m, bodyPath, key);
                if (actor is null || change is null)
                {
                    return null;
                }

                return key == "walk-away" ? new WalkAwayChange(actor, change.Value) : new CapabilityChange(actor, change.Value);
            }

            case "weight":
            {
                var m = ctx.Mapping(body, bodyPath, "the 'weight' effect", ScenarioKeys.WeightChange);
                if (m is null)
                {
                    return null;
                }

                var actor = Actor(ctx, m, bodyPath, known);
                var issue = IssueRef(ctx, m, bodyPath, known);
                var change = Change(ctx, m, bodyPath, key);
                return actor is null || issue is null || change is null ? null : new WeightChange(actor, issue.Id, change.Value);
            }

            case "remove-option":
            case "impose-option":
            {
                var m = ctx.Mapping(body, bodyPath, $"the '{key}' effect", ScenarioKeys.OptionRef);
                if (m is null)
                {
                    return null;
                }

                var issue = IssueRef(ctx, m, bodyPath, known);
                var option = issue is null ? null : OptionRef(ctx, m, bodyPath, issue);
                if (option is null)
                {
                    return null;
                }

                return key == "remove-option" ? new OptionRemoval(issue!.Id, option) : new OptionImposition(issue!.Id, option);
            }

            default:
            {
                var m = ctx.Mapping(body, bodyPath, $"the '{key}' effect", ScenarioKeys.AcceptanceRef);
                if (m is null)
                {
                    return null;
                }

                var actor = Actor(ctx, m, bodyPath, known);
                var issue = IssueRef(ctx, m, bodyPath, known);
                if (issue is { Kind: IssueKind.Numeric })
                {
                    return Bounds(ctx, m, bodyPath, key, actor, issue);
                }

                if (issue is not null && (m["min"] is not null || m["max"] is not null))
                {
                    ctx.Error(ScenarioDiagnosticCodes.WrongType, $"Issue '{issue.Id}' has options, not a range: '{key}' names one of them with 'option', not 'min' or 'max'.", m, bodyPath);
                    return null;
                }

                var option = issue is null ? null : OptionRef(ctx, m, bodyPath, issue);
                return actor is null || option is null ? null : new AcceptanceChange(actor, issue!.Id, option, key == "accept");
            }
        }
    }

    // accept/reject on a numeric issue: a new minimum and/or maximum of the actor's acceptable range. Whether
    // the moved range stays valid (not empty, keeping the preferred number) is checked when the lever is
    // applied to the scenario (PAR040), for the stand and each of its dated revisions.
    private static RedLineBoundChange? Bounds(YamlReadContext ctx, YamlMapping m, string path, string key, string? actor, Issue issue)
    {
        var range = issue.Range!;
        if (m["option"] is { } optionNode)
        {
            ctx.Error(ScenarioDiagnosticCodes.WrongType, $"Issue '{issue.Id}' is numeric: '{key}' moves the red line with 'min' and/or 'max' (a number from {YamlReadContext.Show(range.Min)} to {YamlReadContext.Show(range.Max)}), such as '{key}: {{actor: ..., issue: {issue.Id}, max: {YamlReadContext.Show(range.Max)}}}'.", optionNode, YamlReadContext.Join(path, "option"));
            return null;
        }

        if (m["min"] is null && m["max"] is null)
        {
            ctx.Error(ScenarioDiagnosticCodes.MissingKey, $"'{key}' on numeric issue '{issue.Id}' needs 'min' and/or 'max': the new bound of the actor's acceptable range.", m, path);
            return null;
        }

        double? lo = m["min"] is { } ln ? ctx.Number(ln, YamlReadContext.Join(path, "min"), "min", range.Min, range.Max) : null;
        double? hi = m["max"] is { } hn ? ctx.Number(hn, YamlReadContext.Join(path, "max"), "max", range.Min, range.Max) : null;
        if ((m["min"] is not null && lo is null) || (m["max"] is not null && hi is null) || actor is null)
        {
            return null;
        }

        if (lo is { } a && hi is { } b && a > b)
        {
            ctx.Error(ScenarioDiagnosticCodes.OutOfRange, $"'{key}' gives min {YamlReadContext.Show(a)} above max {YamlReadContext.Show(b)}: no number lies between them. Swap them.", m, path);
            return null;
        }

        return new RedLineBoundChange(actor, issue.Id, lo, hi, key == "accept");
    }

    // One lever that both widens and narrows the same red line past each other contradicts itself.
    private static bool CheckBoundsAgree(YamlReadContext ctx, ImmutableArray<LeverEffect>.Builder effects, YamlMapping lever, string path)
    {
        var bounds = effects.OfType<RedLineBoundChange>().ToList();
        foreach (var accept in bounds.Where(b => b.Accept))
        {
            foreach (var reject in bounds.Where(b => !b.Accept && b.ActorId == accept.ActorId && b.IssueId == accept.IssueId))
            {
                if ((accept.Max is { } am && reject.Max is { } rm && am > rm) || (accept.Min is { } an && reject.Min is { } rn && an < rn))
                {
                    ctx.Error(ScenarioDiagnosticCodes.LeverNotApplicable, $"This lever contradicts itself: '{accept.Describe()}' and '{reject.Describe()}'. Keep one of them.", lever["effects"] ?? lever, YamlReadContext.Join(path, "effects"));
                    return false;
                }
            }
        }

        return true;
    }

    private static string? Actor(YamlReadContext ctx, YamlMapping m, string path, KnownIds known)
    {
        var actor = ctx.RequiredText(m, "actor", path, "this effect");
        return actor is not null && ctx.CheckReference(actor, m["actor"]!, YamlReadContext.Join(path, "actor"), "actor", known.Actors) ? actor : null;
    }

    private static Issue? IssueRef(YamlReadContext ctx, YamlMapping m, string path, KnownIds known)
    {
        var id = ctx.RequiredText(m, "issue", path, "this effect");
        if (id is null || !ctx.CheckReference(id, m["issue"]!, YamlReadContext.Join(path, "issue"), "issue", known.Issues.Keys))
        {
            return null;
        }

        return known.Issues[id];
    }

    private static string? OptionRef(YamlReadContext ctx, YamlMapping m, string path, Issue issue)
    {
        var option = ctx.RequiredText(m, "option", path, "this effect");
        var ids = issue.Options.Select(o => o.Id).ToArray();
        if (issue.Kind != IssueKind.Discrete)
        {
            ctx.Error(ScenarioDiagnosticCodes.WrongType, $"Issue '{issue.Id}' is numeric and has no options to remove, impose or accept.", m, path);
            return null;
        }

        return option is not null && ctx.CheckReference(option, m["option"]!, YamlReadContext.Join(path, "option"), "option", ids, $"Issue '{issue.Id}' has the options: {string.Join(", ", ids)}.") ? option : null;
    }

    private static ValueChange? Change(YamlReadContext ctx, YamlMapping m, string path, string what)
    {
        var given = new List<(ChangeMode Mode, string Key)>();
        foreach (var (mode, key) in new[] { (ChangeMode.Set, "set"), (ChangeMode.Add, "add"), (ChangeMode.Multiply, "multiply") })
        {
            if (m[key] is not null)
            {
                given.Add((mode, key));
            }
        }

        if (given.Count != 1)
        {
            ctx.Error(ScenarioDiagnosticCodes.MissingKey, $"The '{what}' effect needs exactly one of 'set', 'add' or 'multiply' (it has {given.Count}).", m, path);
            return null;
        }

        var (chosenMode, chosenKey) = given[0];
        var amount = ctx.Number(m[chosenKey]!, YamlReadContext.Join(path, chosenKey), chosenKey, chosenMode == ChangeMode.Set ? 0 : double.MinValue, chosenMode == ChangeMode.Set ? 1 : double.MaxValue);
        return amount is null ? null : new ValueChange(chosenMode, amount.Value);
    }
}
