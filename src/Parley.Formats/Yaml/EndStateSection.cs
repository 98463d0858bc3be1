using System.Collections.Immutable;
using Parley.Core.Model;
using Parley.Core.Model.Conflicts;

namespace Parley.Formats.Yaml;

/// <summary>
/// Reads the top-level <c>end-states</c> list: each has <c>id</c>, <c>name</c>, <c>description</c>,
/// <c>when</c> (a condition over the conflict's options, as in preference statements), <c>agreements</c>
/// (track ids mapped to true: a deal is possible there, or false: none is) and <c>sources</c>.
/// </summary>
internal static class EndStateSection
{
    public static ImmutableArray<EndState> Read(YamlReadContext ctx, YamlMapping root, KnownIds known, Conflict? conflict, ImmutableArray<Issue> issues)
    {
        var items = ctx.List(root, "end-states", string.Empty, "end states");
        var result = ImmutableArray.CreateBuilder<EndState>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var tracks = issues.Select(i => i.Track).Distinct().ToList();
        var optionIds = conflict?.AllOptions.Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
        for (int i = 0; i < items.Count; i++)
        {
            string path = $"end-states[{i}]";
            var map = ctx.Mapping(items[i], path, "an end state", ScenarioKeys.EndState);
            if (map is null)
            {
                continue;
            }

            var id = IdRegistry.ReadId(ctx, map, path, "end state", seen);
            var name = ctx.OptionalText(map, "name", path) ?? id;
            var description = ctx.OptionalText(map, "description", path);
            var sources = SourceReferences.Read(ctx, map, path, known);
            bool ok = id is not null;
            OptionCondition? when = null;
            if (map["when"] is { } whenNode and not YamlScalar { IsNull: true })
            {
                string whenPath = YamlReadContext.Join(path, "when");
                if (conflict is null)
                {
                    ctx.Error(ScenarioDiagnosticCodes.BadEndState, "'when' is a condition over the conflict's options, but the scenario has no 'conflict' section. Add one, or describe the end state by 'agreements' only.", whenNode, whenPath);
                    ok = false;
                }
                else if (whenNode is not YamlScalar whenText)
                {
                    ctx.Error(ScenarioDiagnosticCodes.WrongType, $"'when' must be a condition written as text, such as \"not ceasefire and sanctions\", but this is {whenNode.KindName}.", whenNode, whenPath);
                    ok = false;
                }
                else
                {
                    when = ConflictSection.Condition(ctx, whenText, whenPath, optionIds);
                    ok &= when is not null;
                }
            }

            var agreements = ImmutableArray.CreateBuilder<TrackOutcome>();
            if (map["agreements"] is { } agreementsNode and not YamlScalar { IsNull: true })
            {
                string agreementsPath = YamlReadContext.Join(path, "agreements");
                if (agreementsNode is not YamlMapping agreementsMap)
                {
                    ctx.Error(ScenarioDiagnosticCodes.WrongType, $"'agreements' must map track ids to true (a deal is possible there) or false (none is), but this is {agreementsNode.KindName}.", agreementsNode, agreementsPath);
                    ok = false;
                }
                else
                {
                    foreach (var entry in agreementsMap.Entries)
                    {
                        string entryPath = YamlReadContext.Join(agreementsPath, entry.Key.Value);
                        if (!ctx.CheckReference(entry.Key.Value, entry.Key, entryPath, "track", tracks))
                        {
                            ok = false;
                            continue;
                        }

                        bool? reached = ctx.OptionalBool(agreementsMap, entry.Key.Value, agreementsPath);
                        if (reached is null)
                        {
                            ok = false;
                            continue;
                        }

                        agreements.Add(new TrackOutcome(entry.Key.Value, reached.Value));
                    }
                }
            }

            if (ok && when is null && agreements.Count == 0)
            {
                ctx.Error(ScenarioDiagnosticCodes.BadEndState, $"End state '{id}' names no condition: give 'when' (over the conflict's options) and/or 'agreements' (track: true or false).", map, path);
                ok = false;
            }

            if (ok)
            {
                result.Add(new EndState(id!, name!, description, when, agreements.ToImmutable(), sources));
            }
        }

        return result.ToImmutable();
    }
}
