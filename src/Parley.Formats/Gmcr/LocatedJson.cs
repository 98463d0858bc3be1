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
                    string name = reader.GetString()!;
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
                node.Text = reader.GetString();
                break;
            case JsonTokenType.Number:
                node.Number = reader.GetDouble();
                node.Text = node.Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
                break;
        }

        return node;
    }
}
