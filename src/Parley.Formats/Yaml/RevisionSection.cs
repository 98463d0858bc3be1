using System.Collections.Immutable;
using System.Globalization;
using Parley.Core.Model;

namespace Parley.Formats.Yaml;

/// <summary>
/// Reads a position's <c>revisions</c>: dated changes, each with <c>date</c>, optional <c>walk-away</c>,
/// <c>issues</c> (partial stands: the keys given replace those of the stand in force, the others carry
/// over), <c>sources</c> and <c>note</c>. Dates ascend strictly and follow the position's own date.
/// </summary>
internal static class RevisionSection
{
    /// <summary>The revisions, or null when one has an error (reported).</summary>
    public static ImmutableArray<PositionRevision>? Read(
        YamlReadContext ctx, YamlMapping position, string path, KnownIds known, YamlMapping? baseIssues, ImmutableArray<IssuePosition> baseStands, ImmutableArray<string> positionSources, DateOnly? positionDate)
    {
        var items = ctx.List(position, "revisions", path, "dated revisions");
        var result = ImmutableArray.CreateBuilder<PositionRevision>();
        bool ok = true;

        // The stand in force on each issue, as YAML, so a revision's keys can be laid over it.
        var inForce = new Dictionary<string, YamlMapping>(StringComparer.Ordinal);
        foreach (var entry in baseIssues?.Entries ?? [])
        {
            if (entry.Value is YamlMapping m)
            {
                inForce[entry.Key.Value] = m;
            }
        }

        // The weight in force on each issue (after the position's weights were normalised).
        var weights = baseStands.ToDictionary(st => st.IssueId, st => st.Weight, StringComparer.Ordinal);
        DateOnly? previous = positionDate;
        for (int r = 0; r < items.Count; r++)
        {
            string revisionPath = $"{YamlReadContext.Join(path, "revisions")}[{r}]";
            var map = ctx.Mapping(items[r], revisionPath, "a revision", ScenarioKeys.Revision);
            if (map is null)
            {
                ok = false;
                continue;
            }

            DateOnly? date = null;
            if (map["date"] is { } dateNode and not YamlScalar { IsNull: true })
            {
                date = Date(ctx, dateNode, YamlReadContext.Join(revisionPath, "date"));
                if (date is { } d && previous is { } p && d <= p)
                {
                    ctx.Error(ScenarioDiagnosticCodes.BadDate, $"This revision is dated {Show(d)}, not after {Show(p)} (the position's date or the revision above). Order revisions by date, each after the one before.", dateNode, YamlReadContext.Join(revisionPath, "date"));
                    date = null;
                }
            }
            else
            {
                ctx.Error(ScenarioDiagnosticCodes.MissingKey, "A revision needs 'date: YYYY-MM-DD': from when it holds.", map, revisionPath);
            }

            var sources = SourceReferences.Read(ctx, map, revisionPath, known);
            var note = ctx.OptionalText(map, "note", revisionPath);
            Figure? walkAway = null;
            bool walkAwayOk = true;
            if (map["walk-away"] is { } w && w is not YamlScalar { IsNull: true })
            {
                walkAway = FigureSection.Read(ctx, w, YamlReadContext.Join(revisionPath, "walk-away"), "walk-away", 0, 1, known);
                walkAwayOk = walkAway is not null;
            }

            var stands = ReadStands(ctx, map, revisionPath, known, inForce, weights, sources.IsEmpty ? positionSources : sources);
            if (date is null || !walkAwayOk || stands is null)
            {
                ok = false;
                continue;
            }

            previous = date;
            result.Add(new PositionRevision(date.Value, stands.Value, walkAway, sources, note));
        }

        return ok ? result.ToImmutable() : null;
    }

    /// <summary>Reads a calendar date (YYYY-MM-DD, YYYY-MM or YYYY).</summary>
    public static DateOnly? Date(YamlReadContext ctx, YamlNode node, string path)
    {
        if (node is YamlScalar s && Parley.Core.Dynamics.HorizonCalendar.TryParseDate(s.Value, out var date))
        {
            return date;
        }

        ctx.Error(ScenarioDiagnosticCodes.BadDate, $"'{(node as YamlScalar)?.Value ?? node.KindName}' is not a calendar date. Write it as YYYY-MM-DD (or YYYY-MM for the first of a month).", node, path);
        return null;
    }

    private static ImmutableArray<IssuePosition>? ReadStands(
        YamlReadContext ctx, YamlMapping revision, string path, KnownIds known, Dictionary<string, YamlMapping> inForce, Dictionary<string, Figure> weights, ImmutableArray<string> sources)
    {
        var issuesNode = revision["issues"];
        if (issuesNode is null or YamlScalar { IsNull: true })
        {
            return [];
        }

        var issuesPath = YamlReadContext.Join(path, "issues");
        if (issuesNode is not YamlMapping issuesMap)
        {
            ctx.Error(ScenarioDiagnosticCodes.WrongType, $"'issues' of a revision must map issue ids to the keys that change (issue-id: {{accept: ...}}), but this is {issuesNode.KindName}.", issuesNode, issuesPath);
            return null;
        }

        var stands = ImmutableArray.CreateBuilder<IssuePosition>();
        bool ok = true;
        foreach (var entry in issuesMap.Entries)
        {
            string entryPath = YamlReadContext.Join(issuesPath, entry.Key.Value);
            if (!ctx.CheckReference(entry.Key.Value, entry.Key, entryPath, "issue", known.Issues.Keys) || known.Issues[entry.Key.Value] is not { } issue)
            {
                ok = false;
                continue;
            }

            if (ctx.Mapping(entry.Value, entryPath, $"the revised stand on '{issue.Id}'", ScenarioKeys.IssuePosition) is not { } changes)
            {
                ok = false;
                continue;
            }

            // Lay the revision's keys over the stand in force (a revision may also take a first stand); the
            // weight in force carries over as a figure, already normalised.
            var merged = new List<KeyValuePair<YamlScalar, YamlNode>>();
            if (inForce.TryGetValue(issue.Id, out var current))
            {
                merged.AddRange(current.Entries.Where(e => changes[e.Key.Value] is null && e.Key.Value != "weight"));
            }

            merged.AddRange(changes.Entries);
            var mergedMap = new YamlMapping(changes.Line, changes.Column, merged);
            var read = PositionSection.ReadIssuePosition(ctx, mergedMap, entryPath, issue, sources, known);
            if (read is null)
            {
                ok = false;
                continue;
            }

            inForce[issue.Id] = mergedMap;
            var stand = read.Value.Position;
            if (read.Value.WeightNode is not null)
            {
                weights[issue.Id] = stand.Weight;
            }
            else if (weights.TryGetValue(issue.Id, out var weight))
            {
                stand = stand with { Weight = weight };
            }
            else
            {
                ctx.Error(ScenarioDiagnosticCodes.MissingKey, $"The revision takes a first stand on '{issue.Id}' without a weight. Give 'weight' here.", changes, entryPath);
                ok = false;
                continue;
            }

            stands.Add(stand);
        }

        return ok ? stands.ToImmutable() : null;
    }

    private static string Show(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
