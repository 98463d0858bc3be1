namespace Parley.Formats.Yaml;

/// <summary>
/// Maps a character offset inside a scalar's value back to the line and column in the file, so a
/// diagnostic about part of a value (a claim test's bad token) points at that part. Handles plain and
/// single- or double-quoted scalars on one line (quotes, <c>''</c> and backslash escapes counted), plain
/// scalars folded over several lines, and literal or folded block scalars whose lines are plainly
/// indented. Where the raw text does not match the value as expected, it falls back to the scalar's start.
/// </summary>
internal static class ScalarPosition
{
    public static (int Line, int Column) Of(string source, YamlScalar scalar, int offset)
    {
        var fallback = (scalar.Line, scalar.Column);
        int start = IndexOf(source, scalar.Line, scalar.Column);
        if (start < 0 || start >= source.Length || offset < 0 || offset > scalar.Value.Length)
        {
            return fallback;
        }

        char first = source[start];
        if (first is '"' or '\'')
        {
            int raw = Quoted(source, start, offset, first);
            return raw < 0 ? fallback : (scalar.Line, scalar.Column + (raw - start));
        }

        if (first is '|' or '>')
        {
            int next = source.IndexOf('\n', start);
            return next < 0 ? fallback : Lines(source, next + 1, scalar.Line + 1, scalar.Value, offset, skipBlank: true) ?? fallback;
        }

        // A plain scalar: its first line starts at the scalar (and may be followed by a comment or, in a
        // flow mapping, by more entries); continuation lines are folded with one space.
        string value = scalar.Value;
        int common = 0;
        while (common < value.Length && start + common < source.Length && source[start + common] == value[common])
        {
            common++;
        }

        if (offset <= common)
        {
            return (scalar.Line, scalar.Column + offset);
        }

        int lineEnd = source.IndexOf('\n', start);
        if (lineEnd < start + common || common >= value.Length || value[common] != ' ' || source[(start + common)..lineEnd].Trim().Length != 0)
        {
            return fallback;
        }

        return Lines(source, lineEnd + 1, scalar.Line + 1, value[(common + 1)..], offset - common - 1, skipBlank: false) ?? fallback;
    }

    /// <summary>The raw index of decoded character <paramref name="offset"/> of a quoted scalar, or -1.</summary>
    private static int Quoted(string source, int start, int offset, char quote)
    {
        int raw = start + 1;
        for (int k = 0; k < offset; k++)
        {
            if (raw >= source.Length || source[raw] is '\n' or '\r')
            {
                return -1;
            }

            char c = source[raw];
            if (quote == '\'' && c == '\'' && raw + 1 < source.Length && source[raw + 1] == '\'')
            {
                raw += 2;
            }
            else if (quote == '"' && c == '\\' && raw + 1 < source.Length)
            {
                raw += source[raw + 1] switch
                {
                    'x' => 4,
                    'u' => 6,
                    'U' => 10,
                    _ => 2,
                };
            }
            else
            {
                raw++;
            }
        }

        return raw;
    }

    /// <summary>
    /// Walks the value's lines from <paramref name="lineStart"/>: each line's text (indentation trimmed)
    /// must be the next piece of the value, pieces joined by one space or a newline.
    /// </summary>
    private static (int Line, int Column)? Lines(string source, int lineStart, int line, string value, int offset, bool skipBlank)
    {
        int consumed = 0;
        int index = lineStart;
        while (index < source.Length)
        {
            int end = source.IndexOf('\n', index);
            if (end < 0)
            {
                end = source.Length;
            }

            string text = source[index..end].TrimEnd('\r');
            int indent = text.Length - text.TrimStart(' ').Length;
            string content = text[indent..].TrimEnd();
            if (content.Length == 0 && skipBlank && consumed == 0)
            {
                index = end + 1;
                line++;
                continue;
            }

            if (content.Length == 0 || consumed + content.Length > value.Length || string.CompareOrdinal(value, consumed, content, 0, content.Length) != 0)
            {
                return null;
            }

            if (offset <= consumed + content.Length)
            {
                return (line, indent + 1 + (offset - consumed));
            }

            consumed += content.Length + 1;
            index = end + 1;
            line++;
        }

        return null;
    }

    private static int IndexOf(string source, int line, int column)
    {
        int index = 0;
        for (int l = 1; l < line; l++)
        {
            index = source.IndexOf('\n', index);
            if (index < 0)
            {
                return -1;
            }

            index++;
        }

        return index + column - 1;
    }
}
