using System.Text;
using System.Text.Json;
using Parley.Core.Diagnostics;
using Parley.Formats.Text;

namespace Parley.Formats.GeniusWeb;

/// <summary>
/// Checks what <see cref="JsonDocument"/> lets through: a string holding a lone UTF-16 surrogate escape
/// (<c>\ud800</c> without its pair), which is JSON syntax but no text (PW0101), and a key written twice in
/// one object, which the document would silently resolve to one value (PW0119, at the second occurrence).
/// </summary>
internal static class JsonTextCheck
{
    /// <summary>Adds a diagnostic per fault to <paramref name="diagnostics"/>; true when there is none.</summary>
    public static bool Check(byte[] utf8, JsonReaderOptions options, string file, List<Diagnostic> diagnostics)
    {
        var lineStarts = new List<int> { 0 };
        for (int i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                lineStarts.Add(i + 1);
            }
        }

        SourceLocation At(long offset, string path)
        {
            int line = lineStarts.BinarySearch((int)offset);
            line = line >= 0 ? line : ~line - 1;
            int column = Encoding.UTF8.GetCharCount(utf8, lineStarts[line], (int)offset - lineStarts[line]) + 1;
            return new SourceLocation(file, line + 1, column, path);
        }

        bool clean = true;
        var reader = new Utf8JsonReader(utf8, options);
        var keys = new Stack<HashSet<string>?>();
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    keys.Push(new HashSet<string>(StringComparer.Ordinal));
                    break;
                case JsonTokenType.StartArray:
                    keys.Push(null);
                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    keys.Pop();
                    break;
                case JsonTokenType.PropertyName or JsonTokenType.String:
                    string? text = TextOf(ref reader);
                    if (text is null)
                    {
                        diagnostics.Add(Diagnostic.Error("PW0101", "This text holds a lone UTF-16 surrogate escape (such as \\ud800 without its pair), which is not a character. Remove the escape or write the full pair.", At(reader.TokenStartIndex, string.Empty)));
                        clean = false;
                    }
                    else if (reader.TokenType == JsonTokenType.PropertyName && keys.Peek() is { } seen && !seen.Add(text))
                    {
                        diagnostics.Add(Diagnostic.Error("PW0119", $"The key \"{Echo.Of(text)}\" appears a second time in this object; JSON readers would silently keep only one of its values. Keep one.", At(reader.TokenStartIndex, text)));
                        clean = false;
                    }

                    break;
            }
        }

        return clean;
    }

    private static string? TextOf(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}
