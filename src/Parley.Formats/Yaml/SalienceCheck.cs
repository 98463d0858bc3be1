namespace Parley.Formats.Yaml;

/// <summary>
/// Checks that the stands on one issue give an absolute <c>salience</c> all or none: the forecast lens takes
/// each stand's salience where given and its weight where not, and a weight (normalised per actor) set against
/// a salience (a share of attention) would weigh the actors on two different scales in one forecast.
/// </summary>
internal static class SalienceCheck
{
    /// <summary>Reports every stand without a salience on an issue where another stand gives one.</summary>
    /// <param name="ctx">Where diagnostics go.</param>
    /// <param name="positions">The items of the top-level <c>positions</c> list, as written.</param>
    public static void Run(YamlReadContext ctx, IReadOnlyList<YamlNode> positions)
    {
        var stands = new Dictionary<string, List<(string Actor, YamlScalar Key, string Path, bool HasSalience)>>(StringComparer.Ordinal);
        for (int i = 0; i < positions.Count; i++)
        {
            if (positions[i] is not YamlMapping position || position["issues"] is not YamlMapping issues)
            {
                continue;
            }

            string actor = (position["actor"] as YamlScalar)?.Value ?? "?";
            foreach (var entry in issues.Entries)
            {
                if (entry.Value is not YamlMapping stand)
                {
                    continue;
                }

                if (!stands.TryGetValue(entry.Key.Value, out var list))
                {
                    stands[entry.Key.Value] = list = [];
                }

                list.Add((actor, entry.Key, $"positions[{i}].issues.{entry.Key.Value}", stand["salience"] is not null and not YamlScalar { IsNull: true }));
            }
        }

        foreach (var (issue, list) in stands)
        {
            var given = list.FirstOrDefault(s => s.HasSalience);
            if (given.Key is null)
            {
                continue;
            }

            foreach (var without in list.Where(s => !s.HasSalience))
            {
                ctx.Error(
                    ScenarioDiagnosticCodes.SalienceOnSomeStands,
                    $"'{without.Actor}' gives no salience on '{issue}' while '{given.Actor}' does; the forecast would weigh absolute saliences against normalised weights. Give every stand on '{issue}' a 'salience', or remove them all.",
                    without.Key,
                    YamlReadContext.Join(without.Path, "salience"));
            }
        }
    }
}
