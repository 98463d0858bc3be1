using System.Collections.Immutable;
using Parley.Core.Model;

namespace Parley.Formats.Yaml;

/// <summary>Reads the top-level <c>positions</c> list: one memorandum per actor.</summary>
internal static class PositionSection
{
    private const double WeightTolerance = 1e-6;

    public static ImmutableArray<Position> Read(YamlReadContext ctx, YamlMapping root, KnownIds known)
    {
        var result = ImmutableArray.CreateBuilder<Position>();
        var seenActors = new HashSet<string>(StringComparer.Ordinal);
        var items = ctx.List(root, "positions", string.Empty, "positions");
        for (int i = 0; i < items.Count; i++)
        {
            string path = $"positions[{i}]";
            var map = ctx.Mapping(items[i], path, "a position", ScenarioKeys.Position);
            if (map is null)
            {
                continue;
            }

            var position = ReadPosition(ctx, map, path, known, seenActors);
            if (position is not null)
            {
                result.Add(position);
            }
        }

        SalienceCheck.Run(ctx, items);
        return result.ToImmutable();
    }

    private static Position? ReadPosition(YamlReadContext ctx, YamlMapping map, string path, KnownIds known, HashSet<string> seenActors)
    {
        var actor = ctx.RequiredText(map, "actor", path, "a position");
        bool actorOk = actor is not null && ctx.CheckReference(actor, map["actor"]!, YamlReadContext.Join(path, "actor"), "actor", known.Actors);
        if (actorOk && !seenActors.Add(actor!))
        {
            ctx.Error(ScenarioDiagnosticCodes.DuplicateId, $"Actor '{actor}' already has a position above. Merge the two into one.", map["actor"]!, YamlReadContext.Join(path, "actor"));
            actorOk = false;
        }

        var sources = SourceReferences.Read(ctx, map, path, known);
        Figure? walkAway = map["walk-away"] is { } w && w is not YamlScalar { IsNull: true }
            ? FigureSection.Read(ctx, w, YamlReadContext.Join(path, "walk-away"), "walk-away", 0, 1, known)
            : Figure.Assumed(0);
        bool walkAwayOk = walkAway is not null;

        DateOnly? date = null;
        bool dateOk = true;
        if (map["date"] is { } dateNode and not YamlScalar { IsNull: true })
        {
            date = RevisionSection.Date(ctx, dateNode, YamlReadContext.Join(path, "date"));
            dateOk = date is not null;
        }

        var issuesNode = map["issues"];
        var entries = new List<(IssuePosition Position, YamlNode WeightNode)>();
        bool issuesOk = true;
        var missingWeights = new List<(YamlScalar Key, string Path)>();
        if (issuesNode is not null and not YamlScalar { IsNull: true })
        {
            var issuesPath = YamlReadContext.Join(path, "issues");
            if (issuesNode is not YamlMapping issuesMap)
            {
                ctx.Error(ScenarioDiagnosticCodes.WrongType, $"'issues' must map issue ids to the actor's stand on each (issue-id: {{prefer: ..., accept: ...}}), but this is {issuesNode.KindName}.", issuesNode, issuesPath);
                return null;
            }

            foreach (var entry in issuesMap.Entries)
            {
                string entryPath = YamlReadContext.Join(issuesPath, entry.Key.Value);
                if (!ctx.CheckReference(entry.Key.Value, entry.Key, entryPath, "issue", known.Issues.Keys, null))
                {
                    issuesOk = false;
                    continue;
                }

                var issue = known.Issues[entry.Key.Value];
                if (issue is null)
                {
                    // The issue itself had errors, already reported.
                    issuesOk = false;
                    continue;
                }

                var read = ReadIssuePosition(ctx, entry.Value, entryPath, issue, sources, known);
                if (read is null)
                {
                    issuesOk = false;
                    continue;
                }

                if (read.Value.WeightNode is null)
                {
                    missingWeights.Add((entry.Key, entryPath));
                }

                entries.Add((read.Value.Position, read.Value.WeightNode ?? entry.Key));
            }
        }

        var weighted = NormaliseWeights(ctx, entries, missingWeights, actor, map, path);
        var interactions = InteractionSection.Read(ctx, map, path, known);
        var revisions = issuesOk && weighted is not null
            ? RevisionSection.Read(ctx, map, path, known, issuesNode as YamlMapping, weighted.Value, sources, date)
            : null;
        if (!actorOk || !walkAwayOk || !issuesOk || !dateOk || weighted is null || interactions is null || revisions is null)
        {
            return null;
        }

        return new Position(actor!, weighted.Value, walkAway!, sources) { Interactions = interactions.Value, Date = date, Revisions = revisions.Value };
    }

    private static ImmutableArray<IssuePosition>? NormaliseWeights(
        YamlReadContext ctx,
        List<(IssuePosition Position, YamlNode WeightNode)> entries,
        List<(YamlScalar Key, string Path)> missing,
        string? actor,
        YamlMapping map,
        string path)
    {
        if (entries.Count == 0)
        {
            return [];
        }

        if (missing.Count == entries.Count)
        {
            // No weights at all: equal salience, stated as an assumption.
            double share = 1.0 / entries.Count;
            return [.. entries.Select(e => e.Position with { Weight = new Figure(share, Provenance.Assumption, null, [], "equal weights (none given)") })];
        }

        if (missing.Count > 0)
        {
            foreach (var (key, p) in missing)
            {
                ctx.Error(ScenarioDiagnosticCodes.MissingKey, $"Actor '{actor}' gives weights on some issues but not on '{key.Value}'. Give every issue a weight, or none (then all weigh the same).", key, YamlReadContext.Join(p, "weight"));
            }

            return null;
        }

        double sum = entries.Sum(e => e.Position.Weight.Value);
        if (sum <= 0)
        {
            ctx.Error(ScenarioDiagnosticCodes.OutOfRange, $"All of actor '{actor}''s weights are 0, so nothing matters to it. Give at least one issue a positive weight.", map["issues"] ?? map, YamlReadContext.Join(path, "issues"));
            return null;
        }

        if (Math.Abs(sum - 1) > WeightTolerance)
        {
            ctx.Warning(ScenarioDiagnosticCodes.WeightsNotNormalised, $"Actor '{actor}''s weights sum to {YamlReadContext.Show(sum)}, not 1; Parley divides each by {YamlReadContext.Show(sum)}. Adjust them to sum to 1 to silence this.", map["issues"] ?? map, YamlReadContext.Join(path, "issues"));
            return [.. entries.Select(e => e.Position with { Weight = e.Position.Weight with { Value = e.Position.Weight.Value / sum, Uncertainty = Scale(e.Position.Weight.Uncertainty, sum) } })];
        }

        return [.. entries.Select(e => e.Position)];
    }

    private static Distribution? Scale(Distribution? d, double by) =>
        d is null ? null : new Distribution(d.Kind, d.Min / by, d.Max / by, d.Center / by, d.Spread / by);

    /// <summary>Reads one stand on <paramref name="issue"/> (also used for the merged stands of revisions).</summary>
    public static (IssuePosition Position, YamlNode? WeightNode)? ReadIssuePosition(
        YamlReadContext ctx, YamlNode node, string path, Issue issue, ImmutableArray<string> positionSources, KnownIds known)
    {
        var map = ctx.Mapping(node, path, $"the stand on issue '{issue.Id}'", ScenarioKeys.IssuePosition);
        if (map is null)
        {
            return null;
        }

        bool ok = true;
        var sources = SourceReferences.Read(ctx, map, path, known);
        var basis = FigureSection.Basis(ctx, map, path, sources.IsEmpty && positionSources.IsEmpty ? Provenance.Assumption : Provenance.Stated);
        ok &= basis is not null;
        var quote = ctx.OptionalText(map, "quote", path);
        var note = ctx.OptionalText(map, "note", path);
        var weightNode = map["weight"];
        Figure? weight = weightNode is null ? Figure.Assumed(0) : FigureSection.Read(ctx, weightNode, YamlReadContext.Join(path, "weight"), "weight", 0, 1, known);
        ok &= weight is not null;

        // An absolute salience (share of the actor's attention) is not normalised with the weights.
        Figure? salience = null;
        if (map["salience"] is { } salienceNode and not YamlScalar { IsNull: true })
        {
            salience = FigureSection.Read(ctx, salienceNode, YamlReadContext.Join(path, "salience"), "salience", 0, 1, known);
            ok &= salience is not null;
        }

        if (issue.Kind == IssueKind.Numeric)
        {
            var range = issue.Range!;
            double? preferred = null;
            if (map["prefer"] is { } pn)
            {
                preferred = NumberInIssue(ctx, pn, YamlReadContext.Join(path, "prefer"), "prefer", issue);
                ok &= preferred is not null;
            }
            else
            {
                ctx.Error(ScenarioDiagnosticCodes.NoPreference, $"The stand on numeric issue '{issue.Id}' needs 'prefer: <number>' within {YamlReadContext.Show(range.Min)} to {YamlReadContext.Show(range.Max)}.", map, path);
                ok = false;
            }

            if (map["values"] is { } vn)
            {
                ctx.Error(ScenarioDiagnosticCodes.WrongType, $"Issue '{issue.Id}' is numeric: its value falls linearly with distance from the preferred number, so 'values' does not apply. Remove it.", vn, YamlReadContext.Join(path, "values"));
                ok = false;
            }

            NumericRange acceptableRange = range;
            if (map["accept"] is { } an && an is not YamlScalar { IsNull: true })
            {
                var acceptMap = ctx.Mapping(an, YamlReadContext.Join(path, "accept"), "an acceptable range", ["min", "max"]);
                if (acceptMap is null)
                {
                    ok = false;
                }
                else
                {
                    double? lo = acceptMap["min"] is { } ln ? NumberInIssue(ctx, ln, YamlReadContext.Join(path, "accept.min"), "min", issue) : range.Min;
                    double? hi = acceptMap["max"] is { } hn ? NumberInIssue(ctx, hn, YamlReadContext.Join(path, "accept.max"), "max", issue) : range.Max;
                    if (lo is null || hi is null)
                    {
                        ok = false;
                    }
                    else if (lo > hi)
                    {
                        ctx.Error(ScenarioDiagnosticCodes.OutOfRange, $"The acceptable range's min ({YamlReadContext.Show(lo.Value)}) is above its max ({YamlReadContext.Show(hi.Value)}). Swap them.", an, YamlReadContext.Join(path, "accept"));
                        ok = false;
                    }
                    else
                    {
                        acceptableRange = range with { Min = lo.Value, Max = hi.Value };
                        if (preferred is { } pv && !acceptableRange.Contains(pv))
                        {
                            ctx.Error(ScenarioDiagnosticCodes.PreferredNotAcceptable, $"The preferred value {YamlReadContext.Show(pv)} lies outside the actor's own acceptable range {YamlReadContext.Show(lo.Value)} to {YamlReadContext.Show(hi.Value)}. Move one of them.", map["prefer"]!, YamlReadContext.Join(path, "prefer"));
                            ok = false;
                        }
                    }
                }
            }

            return ok
                ? (new IssuePosition(issue.Id, null, preferred, [], acceptableRange, weight!, [], basis!.Value, quote, sources) { Note = note, Salience = salience }, weightNode)
                : null;
        }

        var optionIds = issue.Options.Select(o => o.Id).ToArray();
        string? preferredOption = null;
        if (map["prefer"] is { } prefNode)
        {
            preferredOption = ctx.Text(prefNode, YamlReadContext.Join(path, "prefer"), "prefer");
            if (preferredOption is not null && !ctx.CheckReference(preferredOption, prefNode, YamlReadContext.Join(path, "prefer"), "option", optionIds, $"Issue '{issue.Id}' has the options: {string.Join(", ", optionIds)}."))
            {
                preferredOption = null;
                ok = false;
            }
        }

        ImmutableArray<string> acceptable = [.. optionIds];
        if (map["accept"] is { } acceptNode && acceptNode is not YamlScalar { IsNull: true })
        {
            if (acceptNode is YamlScalar { Value: "all" })
            {
                acceptable = [.. optionIds];
            }
            else
            {
                var ids = ctx.Ids(acceptNode, YamlReadContext.Join(path, "accept"), "accept");
                var set = new HashSet<string>(StringComparer.Ordinal);
                for (int k = 0; k < ids.Length; k++)
                {
                    var (oid, onode) = ids[k];
                    if (!optionIds.Contains(oid))
                    {
                        ctx.Error(ScenarioDiagnosticCodes.AcceptableNotSubset, $"The acceptable set names '{oid}', which is not an option of issue '{issue.Id}'.{NearestName.Hint(oid, optionIds)} The options are: {string.Join(", ", optionIds)}.", onode, $"{YamlReadContext.Join(path, "accept")}[{k}]");
                        ok = false;
                    }
                    else
                    {
                        set.Add(oid);
                    }
                }

                // Kept in the issue's option order.
                acceptable = [.. optionIds.Where(set.Contains)];
                if (ids.Length > 0 && acceptable.IsEmpty && ok)
                {
                    ctx.Error(ScenarioDiagnosticCodes.EmptyOptions, $"The acceptable set on '{issue.Id}' is empty. List at least one option the actor can accept.", acceptNode, YamlReadContext.Join(path, "accept"));
                    ok = false;
                }
            }
        }

        if (preferredOption is not null && !acceptable.Contains(preferredOption) && ok)
        {
            ctx.Error(ScenarioDiagnosticCodes.PreferredNotAcceptable, $"The preferred option '{preferredOption}' is outside the actor's own acceptable set [{string.Join(", ", acceptable)}]. Add it to 'accept' or prefer an acceptable option.", map["prefer"]!, YamlReadContext.Join(path, "prefer"));
            ok = false;
        }

        ImmutableArray<double> values;
        if (map["values"] is { } valuesNode)
        {
            var read = ReadValues(ctx, valuesNode, YamlReadContext.Join(path, "values"), issue);
            if (read is null)
            {
                return null;
            }

            values = read.Value;
            if (preferredOption is null)
            {
                int best = 0;
                for (int k = 1; k < values.Length; k++)
                {
                    if (values[k] > values[best])
                    {
                        best = k;
                    }
                }

                preferredOption = optionIds[best];
            }
        }
        else if (preferredOption is not null)
        {
            values = LinearValues.Of(issue.Options.Length, issue.IndexOfOption(preferredOption));
        }
        else
        {
            if (map["prefer"] is null)
            {
                ctx.Error(ScenarioDiagnosticCodes.NoPreference, $"The stand on '{issue.Id}' needs 'prefer: <option>' (values then fall linearly along the option order) or 'values' for every option.", map, path);
            }

            return null;
        }

        // A red line counted as the party's own must be shown in its own words; otherwise it is the
        // modeller's reading and belongs under 'basis: inferred' with the reasoning in the note.
        if (ok && basis == Provenance.Stated && quote is null && acceptable.Length < optionIds.Length)
        {
            ctx.Warning(ScenarioDiagnosticCodes.StatedRedLineWithoutQuote, $"The red line on '{issue.Id}' (accept: {string.Join(", ", acceptable)}) is counted as stated but has no 'quote' that says it. Add the party's words as 'quote', or mark the stand 'basis: inferred' with the reasoning in 'note'.", map["accept"] ?? map, YamlReadContext.Join(path, "accept"));
        }

        return ok
            ? (new IssuePosition(issue.Id, preferredOption, null, acceptable, null, weight!, values, basis!.Value, quote, sources) { Note = note, Salience = salience }, weightNode)
            : null;
    }

    private static ImmutableArray<double>? ReadValues(YamlReadContext ctx, YamlNode node, string path, Issue issue)
    {
        var optionIds = issue.Options.Select(o => o.Id).ToArray();
        var map = ctx.Mapping(node, path, "the option values", optionIds);
        if (map is null)
        {
            return null;
        }

        var values = new double[optionIds.Length];
        bool ok = map.Entries.All(e => optionIds.Contains(e.Key.Value));
        for (int k = 0; k < optionIds.Length; k++)
        {
            var v = map[optionIds[k]];
            if (v is null)
            {
                ctx.Error(ScenarioDiagnosticCodes.MissingKey, $"'values' gives no value for option '{optionIds[k]}'. Give a value from 0 to 1 for every option of '{issue.Id}'.", node, path);
                ok = false;
                continue;
            }

            var n = ctx.Number(v, YamlReadContext.Join(path, optionIds[k]), optionIds[k], 0, 1);
            if (n is null)
            {
                ok = false;
            }
            else
            {
                values[k] = n.Value;
            }
        }

        return ok ? ImmutableArray.Create(values) : null;
    }

    private static double? NumberInIssue(YamlReadContext ctx, YamlNode node, string path, string key, Issue issue)
    {
        var n = ctx.Number(node, path, key, double.MinValue, double.MaxValue);
        if (n is { } v && !issue.Range!.Contains(v))
        {
            ctx.Error(ScenarioDiagnosticCodes.OutsideIssueRange, $"{YamlReadContext.Show(v)} lies outside issue '{issue.Id}''s range {YamlReadContext.Show(issue.Range.Min)} to {YamlReadContext.Show(issue.Range.Max)}{(issue.Range.Unit is null ? string.Empty : " " + issue.Range.Unit)}. Give a value within it.", node, path);
            return null;
        }

        return n;
    }
}
