namespace Parley.Web.Components.Shared;

/// <summary>Pairs the verdicts of two answers by name, keeping only those that differ.</summary>
public static class VerdictChanges
{
    /// <summary>Each verdict named in either side whose value differs ("—" where a side lacks it).</summary>
    public static IEnumerable<(string What, string Before, string After)> FullOuterJoin(this IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        foreach (var key in before.Keys.Union(after.Keys, StringComparer.Ordinal))
        {
            string a = before.GetValueOrDefault(key, "—");
            string b = after.GetValueOrDefault(key, "—");
            if (a != b)
            {
                yield return (key, a, b);
            }
        }
    }
}
