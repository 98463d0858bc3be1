using System.Text;
using System.Text.Json;

namespace Parley.Formats.GeniusWeb;

/// <summary>
/// Line and column of every value of a JSON document, by path. <see cref="JsonDocument"/> keeps no
/// positions, so one pass of <see cref="Utf8JsonReader"/> records where each property and array element
/// starts; diagnostics then point at the offending key.
/// </summary>
internal sealed class JsonPositions
{
    private readonly Dictionary<string, (int Line, int Column)> _positions = new(StringComparer.Ordinal);

    private JsonPositions()
    {
    }

    /// <summary>Joins path segments into a key (and a display path).</summary>
    public static string PathOf(params string[] segments) => string.Join(".", segments);

    /// <summary>Scans the document; call only on text that <see cref="JsonDocument"/> has parsed.</summary>
    public static JsonPositions Scan(byte[] utf8, JsonReaderOptions options)
    {
        var result = new JsonPositions();
        var lineStarts = new List<int> { 0 };
        for (int i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                lineStarts.Add(i + 1);
            }
        }

        (int, int) Position(long offset)
        {
            int line = lineStarts.BinarySearch((int)offset);
            line = line >= 0 ? line : ~line - 1;
            int column = Encoding.UTF8.GetCharCount(utf8, lineStarts[line], (int)offset - lineStarts[line]) + 1;
            return (line + 1, column);
        }

        var reader = new Utf8JsonReader(utf8, options);
        var stack = new Stack<(bool IsArray, string Path, int Next)>();
        string pending = string.Empty;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName)
            {
                pending = stack.Count == 0 || stack.Peek().Path.Length == 0 ? reader.GetString()! : $"{stack.Peek().Path}.{reader.GetString()}";
                result._positions.TryAdd(pending, Position(reader.TokenStartIndex));
                continue;
            }

            if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
            {
                stack.Pop();
                continue;
            }

            string path;
            if (stack.Count > 0 && stack.Peek().IsArray)
            {
                var top = stack.Pop();
                path = $"{top.Path}[{top.Next}]";
                stack.Push(top with { Next = top.Next + 1 });
            }
            else
            {
                path = stack.Count == 0 ? string.Empty : pending;
            }

            result._positions.TryAdd(path, Position(reader.TokenStartIndex));
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                stack.Push((reader.TokenType == JsonTokenType.StartArray, path, 0));
            }
        }

        return result;
    }

    /// <summary>The position of the value at <paramref name="path"/>, or of its nearest recorded ancestor.</summary>
    public (int Line, int Column) Of(string path)
    {
        for (string p = path; ; p = Parent(p))
        {
            if (_positions.TryGetValue(p, out var at))
            {
                return at;
            }

            if (p.Length == 0)
            {
                return (1, 1);
            }
        }
    }

    private static string Parent(string path)
    {
        int cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut <= 0 ? string.Empty : path[..cut];
    }
}
