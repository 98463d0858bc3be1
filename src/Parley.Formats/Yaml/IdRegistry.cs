namespace Parley.Formats.Yaml;

/// <summary>Reads an item's required id and reports a duplicate within its list.</summary>
internal static class IdRegistry
{
    public static string? ReadId(YamlReadContext ctx, YamlMapping map, string path, string what, HashSet<string> seen, string key = "id")
    {
        var id = ctx.RequiredText(map, key, path, what);
        if (id is null)
        {
            return null;
        }

        if (ScenarioIds.Problem(id, key) is { } problem)
        {
            ctx.Error(ScenarioDiagnosticCodes.WrongType, problem, map[key]!, YamlReadContext.Join(path, key));
            return null;
        }

        if (!seen.Add(id))
        {
            ctx.Error(ScenarioDiagnosticCodes.DuplicateId, $"Another {what} already has the {key} '{id}'. Give each {what} its own {key}.", map[key]!, YamlReadContext.Join(path, key));
            return null;
        }

        return id;
    }
}
