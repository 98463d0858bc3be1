using System.Globalization;
using System.Text;
using System.Text.Json;
using Parley.Core.Diagnostics;

namespace Parley.Formats.GeniusWeb;

/// <summary>A parsed GeniusWeb JSON file with positions for diagnostics.</summary>
internal sealed class GeniusWebDocument
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
    private readonly JsonPositions _positions;
    private readonly List<Diagnostic> _diagnostics;

    private GeniusWebDocument(string file, JsonElement root, JsonPositions positions, List<Diagnostic> diagnostics)
    {
        File = file;
        Root = root;
        _positions = positions;
        _diagnostics = diagnostics;
    }

    /// <summary>The file name diagnostics use.</summary>
    public string File { get; }

    /// <summary>The root value.</summary>
    public JsonElement Root { get; }

    /// <summary>Parses the text; malformed JSON becomes diagnostic PW0101 and null.</summary>
    public static GeniusWebDocument? Load(SourceText source, List<Diagnostic> diagnostics)
    {
        byte[] utf8 = Encoding.UTF8.GetBytes(source.Content);
        try
        {
            var doc = JsonDocument.Parse(utf8, DocumentOptions);
            var readerOptions = new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
            if (!JsonTextCheck.Check(utf8, readerOptions, source.Name, diagnostics))
            {
                return null;
            }

            var positions = JsonPositions.Scan(utf8, readerOptions);
            return new GeniusWebDocument(source.Name, doc.RootElement.Clone(), positions, diagnostics);
        }
        catch (JsonException e)
        {
            int line = (int)(e.LineNumber ?? 0) + 1;
            int column = (int)(e.BytePositionInLine ?? 0) + 1;
            string reason = e.Message.Split(" LineNumber:")[0].TrimEnd('.', ' ');
            diagnostics.Add(Diagnostic.Error("PW0101", $"The file is not valid JSON: {reason}. Fix the JSON syntax at this position.", new SourceLocation(source.Name, line, column, string.Empty)));
            return null;
        }
    }

    /// <summary>The location of the value at <paramref name="path"/>.</summary>
    public SourceLocation At(string path)
    {
        var (line, column) = _positions.Of(path);
        return new SourceLocation(File, line, column, path);
    }

    /// <summary>Records an error.</summary>
    public void Error(string code, string message, string path) => _diagnostics.Add(Diagnostic.Error(code, message, At(path)));

    /// <summary>Records a warning.</summary>
    public void Warning(string code, string message, string path) => _diagnostics.Add(Diagnostic.Warning(code, message, At(path)));

    /// <summary>A number (a JSON number, or a string holding one, as BigDecimal serialisers sometimes write); else PW0104.</summary>
    public double? Number(JsonElement value, string path, string what)
    {
        if (value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out double d) && double.IsFinite(d))
        {
            return d;
        }

        if (value.ValueKind == JsonValueKind.String && double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out double s) && double.IsFinite(s))
        {
            return s;
        }

        Error("PW0104", $"{what} is {value.GetRawText()}, which is not a number. Write a decimal number such as 0.25.", path);
        return null;
    }

    /// <summary>The property <paramref name="name"/> of an object, or null (with PW0102 when <paramref name="required"/>).</summary>
    public JsonElement? Property(JsonElement obj, string name, string path, bool required, string hint)
    {
        if (obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var value))
        {
            return value;
        }

        if (required)
        {
            Error("PW0102", $"\"{name}\" is missing{(path.Length == 0 ? string.Empty : $" in {path}")}. {hint}", path);
        }

        return null;
    }
}
