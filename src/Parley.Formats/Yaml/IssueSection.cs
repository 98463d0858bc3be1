using System.Collections.Immutable;
using System.Globalization;
using Parley.Core.Model;

namespace Parley.Formats.Yaml;

/// <summary>Reads the top-level <c>issues</c> list.</summary>
internal static class IssueSection
{
    public static ImmutableArray<Issue> Read(YamlReadContext ctx, YamlMapping root, KnownIds known)
    {
        var result = ImmutableArray.CreateBuilder<Issue>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var items = ctx.List(root, "issues", string.Empty, "issues");
        for (int i = 0; i < items.Count; i++)
        {
            string path = $"issues[{i}]";
            var map = ctx.Mapping(items[i], path, "an issue", ScenarioKeys.Issue);
            if (map is null)
            {
                continue;
            }

            var id = IdRegistry.ReadId(ctx, map, path, "issue", seen);
            var issue = ReadIssue(ctx, map, path, id, known);
            if (id is not null)
            {
                known.Issues[id] = issue;
            }

            if (issue is not null)
            {
                result.Add(issue);
            }
        }

        return result.ToImmutable();
    }

    private static Issue? ReadIssue(YamlReadContext ctx, YamlMapping map, string path, string? id, KnownIds known)
    {
        var name = ctx.OptionalText(map, "name", path) ?? id;
        var track = ctx.RequiredText(map, "track", path, "an issue");
        var description = ctx.OptionalText(map, "description", path);
        var consent = ImmutableArray.CreateBuilder<string>();
        var consentIds = ctx.Ids(map, "consent", path);
        for (int k = 0; k < consentIds.Length; k++)
        {
            var (aid, node) = consentIds[k];
            if (ctx.CheckReference(aid, node, $"{path}.consent[{k}]", "actor", known.Actors))
            {
                consent.Add(aid);
            }
        }

        var optionsNode = map["options"];
        var rangeNode = map["range"];
        if (optionsNode is not null && rangeNode is not null)
        {
            ctx.Error(ScenarioDiagnosticCodes.IssueShape, "An issue has either 'options' (a list to choose from) or a numeric 'range', not both. Remove one.", rangeNode, YamlReadContext.Join(path, "range"));
            return null;
        }

        if (optionsNode is null && rangeNode is null)
        {
            ctx.Error(ScenarioDiagnosticCodes.IssueShape, "An issue needs 'options' (a list to choose from) or a numeric 'range' with min and max. Add one.", map, path);
            return null;
        }

        var statusQuoNode = map["status-quo"];
        string? statusQuo = statusQuoNode is null ? null : ctx.Text(statusQuoNode, YamlReadContext.Join(path, "status-quo"), "status-quo");
        if (rangeNode is not null)
        {
            var range = ReadRange(ctx, rangeNode, YamlReadContext.Join(path, "range"));
            if (range is not null && statusQuo is not null && statusQuoNode is not null)
            {
                var sq = ctx.Number(statusQuoNode, YamlReadContext.Join(path, "status-quo"), "status-quo", range.Min, range.Max);
                statusQuo = sq?.ToString(CultureInfo.InvariantCulture);
            }

            return id is null || track is null || range is null
                ? null
                : new Issue(id, name!, track, IssueKind.Numeric, [], range, consent.ToImmutable(), statusQuo, description);
        }

        var options = ReadOptions(ctx, optionsNode!, YamlReadContext.Join(path, "options"));
        if (options is { } opts && statusQuo is not null && statusQuoNode is not null)
        {
            ctx.CheckReference(statusQuo, statusQuoNode, YamlReadContext.Join(path, "status-quo"), "option", opts.Select(o => o.Id).ToArray(), $"The status quo must be one of this issue's options: {string.Join(", ", opts.Select(o => o.Id))}.");
        }

        return id is null || track is null || options is null
            ? null
            : new Issue(id, name!, track, IssueKind.Discrete, options.Value, null, consent.ToImmutable(), statusQuo, description);
    }

    private static NumericRange? ReadRange(YamlReadContext ctx, YamlNode node, string path)
    {
        var map = ctx.Mapping(node, path, "a range", ScenarioKeys.Range);
        if (map is null)
        {
            return null;
        }

        var min = ctx.RequiredNumber(map, "min", path, "a range", double.MinValue, double.MaxValue);
        var max = ctx.RequiredNumber(map, "max", path, "a range", double.MinValue, double.MaxValue);
        var unit = ctx.OptionalText(map, "unit", path);
        var step = ctx.OptionalNumber(map, "step", path, double.Epsilon, double.MaxValue);
        if (min is null || max is null)
        {
            return null;
        }

        if (min > max)
        {
            ctx.Error(ScenarioDiagnosticCodes.OutOfRange, $"The range's min ({YamlReadContext.Show(min.Value)}) is above its max ({YamlReadContext.Show(max.Value)}). Swap them.", node, path);
            return null;
        }

        return new NumericRange(min.Value, max.Value, unit, step);
    }

    private static ImmutableArray<IssueOption>? ReadOptions(YamlReadContext ctx, YamlNode node, string path)
    {
        if (node is not YamlSequence seq)
        {
            ctx.Error(ScenarioDiagnosticCodes.WrongType, $"'options' must be a list of options, but this is {node.KindName}.", node, path);
            return null;
        }

        if (seq.Items.Count == 0)
        {
            ctx.Error(ScenarioDiagnosticCodes.EmptyOptions, "The issue's option list is empty. List at least one option (two, for anything to negotiate).", node, path);
            return null;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = ImmutableArray.CreateBuilder<IssueOption>();
        bool ok = true;
        for (int i = 0; i < seq.Items.Count; i++)
        {
            string itemPath = $"{path}[{i}]";
            if (seq.Items[i] is YamlScalar s)
            {
                // Shorthand: a bare id is an option labelled by its id.
                if (!seen.Add(s.Value))
                {
                    ctx.Error(ScenarioDiagnosticCodes.DuplicateId, $"The option '{s.Value}' is listed twice. Give each option its own id.", s, itemPath);
                    ok = false;
                    continue;
                }

                result.Add(new IssueOption(s.Value, s.Value, null));
                continue;
            }

            var map = ctx.Mapping(seq.Items[i], itemPath, "an option", ScenarioKeys.Option);
            if (map is null)
            {
                ok = false;
                continue;
            }

            var id = IdRegistry.ReadId(ctx, map, itemPath, "option", seen);
            var label = ctx.OptionalText(map, "label", itemPath) ?? id;
            var axis = ctx.OptionalNumber(map, "axis", itemPath, 0, 100);
            if (id is null || (map["axis"] is { } a && a is not YamlScalar { IsNull: true } && axis is null))
            {
                ok = false;
                continue;
            }

            result.Add(new IssueOption(id, label!, axis));
        }

        return ok ? result.ToImmutable() : null;
    }
}
