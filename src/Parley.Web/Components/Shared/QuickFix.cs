using System.Text.RegularExpressions;

namespace Parley.Web.Components.Shared;

/// <summary>The quick fix a diagnostic suggests ("Did you mean 'x'?"), applied to the YAML text at the diagnostic's position.</summary>
public static partial class QuickFix
{
    /// <summary>The replacement a message suggests, or null.</summary>
    public static string? Suggestion(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var match = DidYouMean().Match(message);
        return match.Success ? match.Groups[1].Value : null;
    }

    /// <summary>
    /// <paramref name="yaml"/> with the word starting at <paramref name="line"/>, <paramref name="column"/>
    /// (1-based) replaced by <paramref name="replacement"/>; unchanged when the position lies outside the text.
    /// </summary>
    public static string Apply(string yaml, int line, int column, string replacement)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(replacement);
        var lines = yaml.Split('\n');
        if (line < 1 || line > lines.Length || column < 1 || column > lines[line - 1].Length)
        {
            return yaml;
        }

        string text = lines[line - 1];
        int start = column - 1;
        int end = start;
        while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] is not (',' or ']' or '}' or ':' or '#'))
        {
            end++;
        }

        lines[line - 1] = string.Concat(text.AsSpan(0, start), replacement, text.AsSpan(end));
        return string.Join('\n', lines);
    }

    [GeneratedRegex("Did you mean '([^']+)'\\?", RegexOptions.CultureInvariant)]
    private static partial Regex DidYouMean();
}
