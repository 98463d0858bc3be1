namespace Parley.Formats.Yaml;

/// <summary>Finds the known name closest to a misspelt one, for "did you mean …?" hints.</summary>
internal static class NearestName
{
    /// <summary>The closest of <paramref name="known"/> to <paramref name="name"/>, or null when none is close enough to be a likely typo.</summary>
    public static string? Find(string name, IEnumerable<string> known)
    {
        string? best = null;
        int bestDistance = int.MaxValue;
        int allowedEdits = Math.Max(1, name.Length / 3);
        foreach (var candidate in known)
        {
            // Lengths further apart than the edits allowed cannot be a typo; skipping them also keeps a
            // 50,000-character name from costing a 50,000 × n table per candidate.
            if (Math.Abs(candidate.Length - name.Length) > allowedEdits || name.Length > 1_000)
            {
                continue;
            }

            int d = Distance(name.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (d < bestDistance)
            {
                bestDistance = d;
                best = candidate;
            }
        }

        // A third of the length (at least one edit) separates typos from different words; a name
        // that must change entirely ('Z' for 'A') is no typo.
        int allowed = Math.Max(1, name.Length / 3);
        return bestDistance <= allowed && bestDistance < name.Length ? best : null;
    }

    /// <summary>"did you mean `x`?" or an empty string.</summary>
    public static string Hint(string name, IEnumerable<string> known)
    {
        var nearest = Find(name, known);
        return nearest is null ? string.Empty : $" Did you mean '{nearest}'?";
    }

    // Optimal string alignment distance: edits, with a swap of neighbours counting as one.
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (int j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
