namespace Parley.Web.Components.Shared;

/// <summary>A line-by-line difference of two texts (longest common subsequence), for comparing versions.</summary>
public static class LineDiff
{
    /// <summary>The lines of both texts in order, each marked as kept, removed (only in <paramref name="before"/>) or added.</summary>
    public static IReadOnlyList<DiffLine> Of(string before, string after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        string[] a = before.Split('\n');
        string[] b = after.Split('\n');
        var common = new int[a.Length + 1, b.Length + 1];
        for (int i = a.Length - 1; i >= 0; i--)
        {
            for (int j = b.Length - 1; j >= 0; j--)
            {
                common[i, j] = a[i] == b[j] ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);
            }
        }

        var lines = new List<DiffLine>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                lines.Add(new DiffLine(DiffKind.Kept, a[x], x + 1, y + 1));
                x++;
                y++;
            }
            else if (y < b.Length && (x == a.Length || common[x, y + 1] >= common[x + 1, y]))
            {
                lines.Add(new DiffLine(DiffKind.Added, b[y], null, y + 1));
                y++;
            }
            else
            {
                lines.Add(new DiffLine(DiffKind.Removed, a[x], x + 1, null));
                x++;
            }
        }

        return lines;
    }
}

/// <summary>Whether a line is in both texts, only the first, or only the second.</summary>
public enum DiffKind
{
    Kept,
    Removed,
    Added,
}

/// <summary>One line of a difference, with its line numbers in each text.</summary>
public sealed record DiffLine(DiffKind Kind, string Text, int? Before, int? After);
