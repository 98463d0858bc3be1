namespace Parley.Formats.Text;

/// <summary>
/// Splits a text file into lines the way every table reader must: a line ends at <c>\n</c>, <c>\r\n</c> or
/// a lone <c>\r</c> (old Mac files and several public replication tables), and a leading byte-order mark is
/// dropped. Line <c>k</c> of the result is line <c>k + 1</c> of diagnostics.
/// </summary>
public static class TextLines
{
    /// <summary>The lines of <paramref name="text"/>, without their line endings.</summary>
    public static string[] Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = new List<string>();
        var span = text.AsSpan().TrimStart('\uFEFF');
        int start = 0;
        for (int i = 0; i < span.Length; i++)
        {
            char c = span[i];
            if (c is '\n' or '\r')
            {
                lines.Add(span[start..i].ToString());
                if (c == '\r' && i + 1 < span.Length && span[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        lines.Add(span[start..].ToString());
        return [.. lines];
    }

    /// <summary>The first line of <paramref name="text"/> that holds more than white space, or an empty string.</summary>
    public static string FirstNonBlank(string text)
    {
        foreach (string line in Split(text))
        {
            if (line.Trim().Length > 0)
            {
                return line;
            }
        }

        return string.Empty;
    }
}
