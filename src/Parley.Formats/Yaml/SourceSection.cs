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
            if (id is not null && title is not null)
            {
                result.Add(new Source(id, title, publisher, date, url));
            }
        }

        return result.ToImmutable();
    }
}
