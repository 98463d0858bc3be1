using System.Collections.Immutable;
using Parley.Core.Model;

namespace Parley.Formats.Yaml;

/// <summary>Reads the top-level <c>claims</c> list.</summary>
internal static class ClaimSection
{
    public static ImmutableArray<Claim> Read(YamlReadContext ctx, YamlMapping root, KnownIds known)
    {
        var result = ImmutableArray.CreateBuilder<Claim>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var items = ctx.List(root, "claims", string.Empty, "claims");
        for (int i = 0; i < items.Count; i++)
        {
            string path = $"claims[{i}]";
            var map = ctx.Mapping(items[i], path, "a claim", ScenarioKeys.Claim);
            if (map is null)
            {
                continue;
            }

            var id = IdRegistry.ReadId(ctx, map, path, "claim", seen);
            var statement = ctx.RequiredText(map, "statement", path, "a claim");
            var test = ctx.OptionalText(map, "test", path);
            var at = ctx.OptionalNumber(map, "at", path, 0, double.MaxValue);
            bool ok = map["at"] is null or YamlScalar { IsNull: true } || at is not null;
            var with = ImmutableArray.CreateBuilder<string>();
            var ids = ctx.Ids(map, "with", path);
            for (int k = 0; k < ids.Length; k++)
            {
                var (lid, node) = ids[k];
                if (ctx.CheckReference(lid, node, $"{path}.with[{k}]", "lever", known.Levers))
                {
                    with.Add(lid);
                }
                else
                {
                    ok = false;
                }
            }

            var sources = SourceReferences.Read(ctx, map, path, known);
            if (id is not null && statement is not null && ok)
            {
                result.Add(new Claim(id, statement, test, with.ToImmutable(), at, sources));
            }
        }

        return result.ToImmutable();
    }
}
