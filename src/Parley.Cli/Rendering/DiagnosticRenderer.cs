using Parley.Core.Diagnostics;
using Spectre.Console;

namespace Parley.Cli.Rendering;

/// <summary>
/// Prints diagnostics as compilers do: <c>file:line:column: error CODE: message</c>, then the offending line
/// with a caret under the column.
/// </summary>
public static class DiagnosticRenderer
{
    /// <summary>Writes each diagnostic, quoting lines of <paramref name="sourceLines"/> when given.</summary>
    public static void Write(IAnsiConsole console, IEnumerable<Diagnostic> diagnostics, IReadOnlyList<string>? sourceLines)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(diagnostics);
        foreach (var d in diagnostics)
        {
            string color = d.Severity switch
            {
                DiagnosticSeverity.Error => "red",
                DiagnosticSeverity.Warning => "yellow",
                _ => "blue",
            };
            string severity = d.Severity.ToString().ToLowerInvariant();
            console.MarkupLine($"[bold]{Markup.Escape(d.Location.ToString())}[/]: [{color} bold]{severity} {d.Code}[/]: {Markup.Escape(d.Message)}");
            if (sourceLines is not null && d.Location.Line > 0 && d.Location.Line <= sourceLines.Count)
            {
                string number = d.Location.Line.ToString(System.Globalization.CultureInfo.InvariantCulture);
                var (text, column) = Window(sourceLines[d.Location.Line - 1].Replace('\t', ' '), Math.Max(1, d.Location.Column));
                console.MarkupLine($"[grey]{number} |[/] {Markup.Escape(text)}");
                console.MarkupLine($"[grey]{new string(' ', number.Length)} |[/] {new string(' ', column - 1)}[{color} bold]^[/]");
            }
        }
    }

    /// <summary>
    /// The part of a long source line worth quoting: at most <see cref="QuotedWidth"/> characters around
    /// <paramref name="column"/>, with ellipses where it was cut; and the caret's column within it.
    /// </summary>
    public static (string Text, int Column) Window(string line, int column)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (line.Length <= QuotedWidth)
        {
            return (line, column);
        }

        int start = Math.Clamp(column - 1 - (QuotedWidth / 3), 0, Math.Max(0, line.Length - QuotedWidth));
        string head = start > 0 ? "…" : string.Empty;
        string tail = start + QuotedWidth < line.Length ? "…" : string.Empty;
        return (head + line.Substring(start, QuotedWidth) + tail, column - start + head.Length);
    }

    /// <summary>The most characters of a source line quoted under a diagnostic.</summary>
    public const int QuotedWidth = 100;

    /// <summary>
    /// Writes diagnostics that may come from several files (a domain and its profiles, say), quoting the
    /// offending line of each from its own file.
    /// </summary>
    public static void WriteQuoted(IAnsiConsole console, IEnumerable<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        foreach (var group in diagnostics.GroupBy(d => d.Location.File))
        {
            Write(console, group, TryReadLines(group.Key));
        }
    }

    /// <summary>The lines of a file for quoting, or null when it cannot be read as text.</summary>
    public static IReadOnlyList<string>? TryReadLines(string path)
    {
        try
        {
            var info = new FileInfo(path);
            return info.Exists && info.Length <= 10L * 1024 * 1024 ? File.ReadAllLines(path) : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
