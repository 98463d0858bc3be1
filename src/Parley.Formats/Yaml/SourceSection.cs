using System.Collections.Immutable;
using Parley.Core.Model;

namespace Parley.Formats.Yaml;

/// <summary>Reads the top-level <c>sources</c> list.</summary>
internal static class SourceSection
{
    public static ImmutableArray<Source> Read(YamlReadContext ctx, YamlMapping root, KnownIds known)
    {
        var result = ImmutableArray.CreateBuilder<Source>();
        var items = ctx.List(root, "sources", string.Empty, "sources");
        for (int i = 0; i < items.Count; i++)
        {
            string path = $"sources[{i}]";
            var map = ctx.Mapping(items[i], path, "a source", ScenarioKeys.Source);
            if (map is null)
            {
                continue;
            }

            var id = IdRegistry.ReadId(ctx, map, path, "source", known.Sources);
            var title = ctx.RequiredText(map, "title", path, "a source");
            var publisher = ctx.OptionalText(map, "publisher", path);
            var date = ctx.OptionalText(map, "date", path);
            var url = ctx.OptionalText(map, "url", path);
            ctx.OptionalText(map, "grade", path);
            ctx.OptionalText(map, "note", path);
            var kindText = ctx.OptionalText(map, "kind", path);
            var kind = SourceKind.Record;
            if (kindText == "commentary")
            {
                kind = SourceKind.Commentary;
            }
            else if (kindText is not null && kindText != "record")
            {
                ctx.Error(ScenarioDiagnosticCodes.OutOfRange, $"A source's 'kind' is 'record' (a report, text or statement: facts and positions) or 'commentary' (an opinion piece: claims only), not '{kindText}'.{NearestName.Hint(kindText, ["record", "commentary"])}", map["kind"]!, YamlReadContext.Join(path, "kind"));
            }

            if (id is not null && title is not null)
            {
                result.Add(new Source(id, title, publisher, date, url) { Kind = kind });
            }
        }

        return result.ToImmutable();
    }
}
