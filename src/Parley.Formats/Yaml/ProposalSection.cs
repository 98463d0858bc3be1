using System.Collections.Immutable;
using Parley.Core.Model;

namespace Parley.Formats.Yaml;

/// <summary>Reads the top-level <c>proposals</c> list.</summary>
internal static class ProposalSection
{
    public static ImmutableArray<Proposal> Read(YamlReadContext ctx, YamlMapping root, KnownIds known)
    {
        var result = ImmutableArray.CreateBuilder<Proposal>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var items = ctx.List(root, "proposals", string.Empty, "proposals");
        for (int i = 0; i < items.Count; i++)
        {
            string path = $"proposals[{i}]";
            var map = ctx.Mapping(items[i], path, "a proposal", ScenarioKeys.Proposal);
            if (map is null)
            {
                continue;
            }

            var id = IdRegistry.ReadId(ctx, map, path, "proposal", seen);
            var name = ctx.OptionalText(map, "name", path) ?? id;
            var by = ctx.RequiredText(map, "by", path, "a proposal");
            bool ok = by is not null && ctx.CheckReference(by, map["by"]!, YamlReadContext.Join(path, "by"), "actor", known.Actors);
            var date = ctx.OptionalText(map, "date", path);
            var description = ctx.OptionalText(map, "description", path);
            var sources = SourceReferences.Read(ctx, map, path, known);
            var terms = ReadTerms(ctx, map, path, known);
            ok &= terms is not null;
            if (id is not null && ok)
            {
                result.Add(new Proposal(id, name!, by!, date, terms!.Value, description, sources));
            }
        }

        return result.ToImmutable();
    }

    private static ImmutableArray<ProposalTerm>? ReadTerms(YamlReadContext ctx, YamlMapping map, string path, KnownIds known)
    {
        var node = map["terms"];
        string termsPath = YamlReadContext.Join(path, "terms");
        if (node is null)
        {
            ctx.Error(ScenarioDiagnosticCodes.MissingKey, "A proposal needs 'terms': a mapping from issue ids to the option (or number) it proposes.", map, path);
            return null;
        }

        if (node is not YamlMapping terms)
        {
            ctx.Error(ScenarioDiagnosticCodes.WrongType, $"'terms' must map issue ids to options (issue-id: option-id), but this is {node.KindName}.", node, termsPath);
            return null;
        }

        bool ok = true;
        var result = ImmutableArray.CreateBuilder<ProposalTerm>();
        foreach (var entry in terms.Entries)
        {
            string entryPath = YamlReadContext.Join(termsPath, entry.Key.Value);
            if (!ctx.CheckReference(entry.Key.Value, entry.Key, entryPath, "issue", known.Issues.Keys))
            {
                ok = false;
                continue;
            }

            var issue = known.Issues[entry.Key.Value];
            if (issue is null)
            {
                ok = false;
                continue;
            }

            if (issue.Kind == IssueKind.Numeric)
            {
                var v = ctx.Number(entry.Value, entryPath, entry.Key.Value, double.MinValue, double.MaxValue);
                if (v is { } value && !issue.Range!.Contains(value))
                {
                    ctx.Error(ScenarioDiagnosticCodes.OutsideIssueRange, $"{YamlReadContext.Show(value)} lies outside issue '{issue.Id}''s range {YamlReadContext.Show(issue.Range.Min)} to {YamlReadContext.Show(issue.Range.Max)}. Give a value within it.", entry.Value, entryPath);
                    v = null;
                }

                if (v is null)
                {
                    ok = false;
                    continue;
                }

                result.Add(new ProposalTerm(issue.Id, null, v));
                continue;
            }

            var option = ctx.Text(entry.Value, entryPath, entry.Key.Value);
            var optionIds = issue.Options.Select(o => o.Id).ToArray();
            if (option is null || !ctx.CheckReference(option, entry.Value, entryPath, "option", optionIds, $"Issue '{issue.Id}' has the options: {string.Join(", ", optionIds)}."))
            {
                ok = false;
                continue;
            }

            result.Add(new ProposalTerm(issue.Id, option, null));
        }

        return ok ? result.ToImmutable() : null;
    }
}
