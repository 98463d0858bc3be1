using System.Globalization;
using Spectre.Console;

namespace Parley.Cli.Rendering;

/// <summary>
/// How much of a long list text output prints: by default the first <see cref="Rows"/> of each (about a
/// screen), with a line saying how many were left out; everything with <c>--all</c>. JSON is never cut.
/// </summary>
/// <param name="All">True to print every row (<c>--all</c>).</param>
public sealed record ListCut(bool All)
{
    /// <summary>Rows of a list printed by default.</summary>
    public const int Rows = 20;

    /// <summary>The default cut.</summary>
    public static ListCut Default { get; } = new(false);

    /// <summary>Rows printed of a list whose length is not known in advance.</summary>
    public int MaxRows => All ? int.MaxValue : Rows;

    /// <summary>How many of <paramref name="count"/> items are printed.</summary>
    public int Shown(int count, int limit = Rows) => All ? count : Math.Min(count, limit);

    /// <summary>The items printed of <paramref name="items"/>.</summary>
    public IEnumerable<T> Take<T>(IEnumerable<T> items, int limit = Rows) => All ? items : items.Take(limit);

    /// <summary>A line after a cut list: "… 35 more blocking sets left out (--all lists them)."; nothing when nothing was cut.</summary>
    public void Note(IAnsiConsole console, int count, string what, int limit = Rows, string indent = "")
    {
        ArgumentNullException.ThrowIfNull(console);
        if (Left(count, limit) is > 0 and int left)
        {
            console.MarkupLine($"{indent}[grey]… {left.ToString("N0", CultureInfo.InvariantCulture)} more {Markup.Escape(what)} left out (--all lists them).[/]");
        }
    }

    /// <summary>A suffix for a cut inline list: ", … (35 more; --all lists them)"; empty when nothing was cut.</summary>
    public string Suffix(int count, int limit = Rows) =>
        Left(count, limit) is > 0 and int left ? $", … ({left.ToString("N0", CultureInfo.InvariantCulture)} more; --all lists them)" : string.Empty;

    private int Left(int count, int limit) => count - Shown(count, limit);
}
