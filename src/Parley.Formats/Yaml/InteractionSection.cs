using System.Collections.Immutable;
using Parley.Core.Model;

namespace Parley.Formats.Yaml;

/// <summary>
/// Reads a position's <c>interactions</c> list: each term has <c>when</c> (issue ids mapped to an option, a
/// list of options, or for numeric issues a <c>{min, max}</c> range), a <c>value</c> figure in [-1, 1]
/// added to the actor's utility when every condition holds, and an optional <c>description</c> and <c>sources</c>.
/// </summary>
internal static class InteractionSection
{
    /// <summary>The terms, or null when one has an error (reported).</summary>
    public static ImmutableArray<InteractionTerm>? Read(YamlReadContext ctx, YamlMapping position, string path, KnownIds known)
    {
        var items = ctx.List(position, "interactions", path, "interaction terms");
        var terms = ImmutableArray.CreateBuilder<InteractionTerm>();
        bool ok = true;
        for (int t = 0; t < items.Count; t++)
        {
            string termPath = $"{YamlReadContext.Join(path, "interactions")}[{t}]";
            var map = ctx.Mapping(items[t], termPath, "an interaction term", ScenarioKeys.Interaction);
            if (map is null)
            {
                ok = false;
                continue;
            }

            var term = ReadTerm(ctx, map, termPath, known);
            ok &= term is not null;
            if (term is not null)
            {
                terms.Add(term);
            }
        }

        return ok ? terms.ToImmutable() : null;
    }

    private static InteractionTerm? ReadTerm(YamlReadContext ctx, YamlMapping map, string path, KnownIds known)
    {
        bool ok = true;
        var sources = SourceReferences.Read(ctx, map, path, known);
        var description = ctx.OptionalText(map, "description", path);
        Figure? value = null;
        if (map["value"] is { } valueNode && valueNode is not YamlScalar { IsNull: true })
        {
            value = FigureSection.Read(ctx, valueNode, YamlReadContext.Join(path, "value"), "value", -1, 1, known);
        }
        else
        {
            ctx.Error(ScenarioDiagnosticCodes.MissingKey, "An interaction term needs 'value: <number from -1 to 1>': what the combination adds to (or, negative, takes from) the actor's utility.", map, path);
        }

        ok &= value is not null;
        var whenPath = YamlReadContext.Join(path, "when");
        var conditions = ImmutableArray.CreateBuilder<InteractionCondition>();
        if (map["when"] is not YamlMapping when || when.Entries.Count == 0)
        {
            ctx.Error(ScenarioDiagnosticCodes.InteractionCondition, "An interaction term needs 'when:' mapping at least one issue id to the option(s) it holds for, such as 'when: {sanctions-us: lifted, sanctions-eu: kept}'.", map["when"] ?? map, map["when"] is null ? path : whenPath);
            return null;
        }

        foreach (var entry in when.Entries)
        {
            string entryPath = YamlReadContext.Join(whenPath, entry.Key.Value);
            if (!ctx.CheckReference(entry.Key.Value, entry.Key, entryPath, "issue", known.Issues.Keys))
            {
                ok = false;
                continue;
            }

            if (known.Issues[entry.Key.Value] is not { } issue)
            {
                ok = false;
                continue;
            }

            var condition = issue.Kind == IssueKind.Discrete
                ? DiscreteCondition(ctx, entry.Value, entryPath, issue)
                : NumericCondition(ctx, entry.Value, entryPath, issue);
            ok &= condition is not null;
            if (condition is not null)
            {
                conditions.Add(condition);
            }
        }

        return ok ? new InteractionTerm(conditions.ToImmutable(), value!, description, sources) : null;
    }

    private static InteractionCondition? DiscreteCondition(YamlReadContext ctx, YamlNode node, string path, Issue issue)
    {
        var optionIds = issue.Options.Select(o => o.Id).ToArray();
        var ids = ctx.Ids(node, path, issue.Id);
        var set = new HashSet<string>(StringComparer.Ordinal);
        bool ok = true;
        foreach (var (id, at) in ids)
        {
            if (!optionIds.Contains(id))
            {
                ctx.Error(ScenarioDiagnosticCodes.InteractionCondition, $"The condition names '{id}', which is not an option of issue '{issue.Id}'.{NearestName.Hint(id, optionIds)} The options are: {string.Join(", ", optionIds)}.", at, path);
                ok = false;
            }
            else
            {
                set.Add(id);
            }
        }

        if (ok && set.Count == 0)
        {
            ctx.Error(ScenarioDiagnosticCodes.InteractionCondition, $"The condition on '{issue.Id}' names no option, so the term could never hold. Name the option(s) it holds for.", node, path);
            return null;
        }

        return ok ? new InteractionCondition(issue.Id, [.. optionIds.Where(set.Contains)], null) : null;
    }

    private static InteractionCondition? NumericCondition(YamlReadContext ctx, YamlNode node, string path, Issue issue)
    {
        var range = issue.Range!;
        if (node is not YamlMapping map)
        {
            ctx.Error(ScenarioDiagnosticCodes.InteractionCondition, $"Issue '{issue.Id}' is numeric: give the condition as a range, such as '{{min: {YamlReadContext.Show(range.Min)}, max: {YamlReadContext.Show(range.Max)}}}' (either bound may be left out).", node, path);
            return null;
        }

        if (ctx.Mapping(node, path, "a range", ["min", "max"]) is null)
        {
            return null;
        }

        double? lo = map["min"] is { } ln ? ctx.Number(ln, YamlReadContext.Join(path, "min"), "min", range.Min, range.Max) : range.Min;
        double? hi = map["max"] is { } hn ? ctx.Number(hn, YamlReadContext.Join(path, "max"), "max", range.Min, range.Max) : range.Max;
        if (lo is null || hi is null)
        {
            return null;
        }

        if (lo > hi)
        {
            ctx.Error(ScenarioDiagnosticCodes.InteractionCondition, $"The condition's min ({YamlReadContext.Show(lo.Value)}) is above its max ({YamlReadContext.Show(hi.Value)}), so the term could never hold. Swap them.", node, path);
            return null;
        }

        return new InteractionCondition(issue.Id, [], range with { Min = lo.Value, Max = hi.Value });
    }
}
