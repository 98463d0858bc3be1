using System.Collections.Immutable;
using Parley.Core.Model;

namespace Parley.Formats.Yaml;

/// <summary>Reads the top-level <c>actors</c> list.</summary>
internal static class ActorSection
{
    public static ImmutableArray<Actor> Read(YamlReadContext ctx, YamlMapping root, KnownIds known)
    {
        var items = ctx.List(root, "actors", string.Empty, "actors");

        // Ids first, so 'supports' may name an actor listed further down.
        var ids = new string?[items.Count];
        for (int i = 0; i < items.Count; i++)
        {
            if (items[i] is YamlMapping m && m["id"] is YamlScalar s && known.Actors.Add(s.Value))
            {
                ids[i] = s.Value;
            }
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = ImmutableArray.CreateBuilder<Actor>();
        for (int i = 0; i < items.Count; i++)
        {
            string path = $"actors[{i}]";
            var map = ctx.Mapping(items[i], path, "an actor", ScenarioKeys.Actor);
            if (map is null)
            {
                continue;
            }

            var id = IdRegistry.ReadId(ctx, map, path, "actor", seen);
            var name = ctx.OptionalText(map, "name", path) ?? id;
            var role = ReadRole(ctx, map, path);
            if (id is not null && role == ActorRole.Party)
            {
                known.Parties.Add(id);
            }

            Figure? capability = map["capability"] is { } c && c is not YamlScalar { IsNull: true }
                ? FigureSection.Read(ctx, c, YamlReadContext.Join(path, "capability"), "capability", 0, 1, known)
                : null;
            var supports = ImmutableArray.CreateBuilder<string>();
            var supportIds = ctx.Ids(map, "supports", path);
            for (int k = 0; k < supportIds.Length; k++)
            {
                var (sid, node) = supportIds[k];
                if (ctx.CheckReference(sid, node, $"{path}.supports[{k}]", "actor", known.Actors))
                {
                    supports.Add(sid);
                }
            }

            var description = ctx.OptionalText(map, "description", path);
            var sources = SourceReferences.Read(ctx, map, path, known);
            if (id is not null && role is not null)
            {
                result.Add(new Actor(id, name!, role.Value, capability, supports.ToImmutable(), description, sources));
            }
        }

        return result.ToImmutable();
    }

    private static ActorRole? ReadRole(YamlReadContext ctx, YamlMapping map, string path)
    {
        var text = ctx.RequiredText(map, "role", path, "an actor");
        switch (text)
        {
            case null:
                return null;
            case "party":
                return ActorRole.Party;
            case "mediator":
                return ActorRole.Mediator;
            case "backer":
                return ActorRole.Backer;
            case "host":
                return ActorRole.Host;
            case "observer":
                return ActorRole.Observer;
            default:
                ctx.Error(ScenarioDiagnosticCodes.OutOfRange, $"Unknown role '{text}'.{NearestName.Hint(text, ScenarioKeys.Roles)} A role is one of: {string.Join(", ", ScenarioKeys.Roles)}.", map["role"]!, YamlReadContext.Join(path, "role"));
                return null;
        }
    }
}
