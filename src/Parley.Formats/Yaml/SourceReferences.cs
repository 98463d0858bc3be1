using System.Collections.Immutable;

namespace Parley.Formats.Yaml;

/// <summary>Reads a <c>sources:</c> list of source ids and checks each against the file's sources.</summary>
internal static class SourceReferences
{
    public static ImmutableArray<string> Read(YamlReadContext ctx, YamlMapping map, string path, KnownIds known)
    {
        var ids = ctx.Ids(map, "sources", path);
        var builder = ImmutableArray.CreateBuilder<string>(ids.Length);
        for (int i = 0; i < ids.Length; i++)
        {
            var (id, node) = ids[i];
            if (ctx.CheckReference(id, node, $"{YamlReadContext.Join(path, "sources")}[{i}]", "source", known.Sources, "Add it to the top-level 'sources' list, or correct the id."))
            {
                builder.Add(id);
            }
        }

        return builder.ToImmutable();
    }
}
