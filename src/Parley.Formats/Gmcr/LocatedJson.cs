using System.Text;
using System.Text.Json;

namespace Parley.Formats.Gmcr;

/// <summary>
/// A JSON value with the line and column where it starts, so that diagnostics about content (not only
/// syntax) can point at the offending token. System.Text.Json's DOM does not keep positions.
/// </summary>
internal sealed class LocatedJson
{
    private LocatedJson(JsonTokenType kind, int line, int column)
    {
        Kind = kind;
        Line = line;
        Column = column;
    }

    public JsonTokenType Kind { get; }

    public int Line { get; }

    public int Column { get; }

    public string? Text { get; private set; }

    public double Number { get; private set; }

    public List<(string Name, LocatedJson Value)> Properties { get; } = [];

    public List<LocatedJson> Items { get; } = [];

    public bool IsObject => Kind == JsonTokenType.StartObject;

    public bool IsArray => Kind == JsonTokenType.StartArray;

    public bool IsString => Kind == JsonTokenType.String;

    public bool IsNumber => Kind == JsonTokenType.Number;

    public bool IsBool => Kind is JsonTokenType.True or JsonTokenType.False;

    public bool IsInteger => IsNumber && Number == Math.Floor(Number) && Math.Abs(Number) < int.MaxValue;

    public string Describe => Kind switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "a list",
        JsonTokenType.String => $"the text \"{Text}\"",
        JsonTokenType.Number => $"the number {Text}",
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        _ => "null",
    };

    public LocatedJson? this[string name]
    {
        get
        {
            foreach (var (key, value) in Properties)
            {
                if (key == name)
                {
                    return value;
                }
            }

            return null;
        }
    }

    /// <summary>Parses <paramref name="text"/>; throws <see cref="JsonException"/> with line and position on malformed input.</summary>
    public static LocatedJson Parse(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var lineStarts = new List<int> { 0 };
        for (int i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                lineStarts.Add(i + 1);
            }
        }

        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        if (!reader.Read())
        {
            throw new JsonException("The file is empty.", null, 0, 0);
        }

        var root = ReadValue(ref reader, lineStarts);
        if (reader.Read())
        {
            throw new JsonException("There is more text after the end of the JSON value.", null, reader.TokenStartIndex, 0);
        }

        return root;
    }

    /// <summary>
    /// Counts the items of the top-level array property <paramref name="name"/> without building a tree,
    /// stopping once the count passes <paramref name="stopAbove"/>; null when the text is malformed or the
    /// property is not an array (the full parse reports that).
    /// </summary>
    public static (int Count, int Line, int Column)? CountTopLevelItems(string text, string name, int stopAbove)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(text);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1 && reader.ValueTextEquals(name))
                {
                    if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
                    {
                        return null;
                    }

                    int start = (int)reader.TokenStartIndex;
                    int lineStart = Array.LastIndexOf(bytes, (byte)'\n', Math.Max(0, start - 1)) + 1;
                    int line = 1 + bytes.AsSpan(0, lineStart).Count((byte)'\n');
                    int column = start - lineStart + 1;
                    int count = 0;
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        count++;
                        if (count > stopAbove)
                        {
                            return (count, line, column);
                        }

                        reader.Skip();
                    }

                    return (count, line, column);
                }
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // Malformed text, or a key with a lone surrogate escape: the full parse reports either with its position.
            return null;
        }

        return null;
    }

    private static LocatedJson ReadValue(ref Utf8JsonReader reader, List<int> lineStarts)
    {
        long offset = reader.TokenStartIndex;
        int line = lineStarts.BinarySearch((int)offset);
        line = line >= 0 ? line : ~line - 1;
        var node = new LocatedJson(reader.TokenType, line + 1, (int)(offset - lineStarts[line]) + 1);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    string name = StringOf(ref reader, lineStarts);
                    reader.Read();
                    node.Properties.Add((name, ReadValue(ref reader, lineStarts)));
                }

                break;
            case JsonTokenType.StartArray:
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    node.Items.Add(ReadValue(ref reader, lineStarts));
                }

                break;
            case JsonTokenType.String:
                node.Text = StringOf(ref reader, lineStarts);
                break;
            case JsonTokenType.Number:
                node.Number = reader.GetDouble();
                node.Text = node.Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
                break;
        }

        return node;
    }

    // A string token's text. A lone UTF-16 surrogate escape (\ud800 without its pair) is valid JSON syntax
    // that cannot become .NET text: GetString throws InvalidOperationException, reported here as malformed JSON.
    private static string StringOf(ref Utf8JsonReader reader, List<int> lineStarts)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            long offset = reader.TokenStartIndex;
            int line = lineStarts.BinarySearch((int)offset);
            line = line >= 0 ? line : ~line - 1;
            throw new JsonException(
                "The text holds a lone UTF-16 surrogate escape (such as \\ud800 without its pair), which is not a character.",
                null,
                line,
                offset - lineStarts[line]);
        }
    }
}
