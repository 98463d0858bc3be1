using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Parley.Formats.Writing;

/// <summary>
/// Scalars as the scenario reader reads them back: numbers in their shortest round-trip form, ids plain when
/// YAML would read them as the same string, every other text double-quoted with escapes.
/// </summary>
internal static partial class YamlText
{
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "true", "false", "yes", "no", "on", "off", "null", "y", "n", "~", "all",
    };

    /// <summary>A number that reads back to the same double.</summary>
    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>A text scalar: plain when it is a safe word, else double-quoted.</summary>
    public static string Text(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return SafeWord().IsMatch(value) && !Reserved.Contains(value) && !LooksNumeric(value) ? value : Quoted(value);
    }

    /// <summary>A double-quoted scalar; YAML's double-quoted escapes are a superset of these.</summary>
    public static string Quoted(string value)
    {
        var text = new StringBuilder(value.Length + 2);
        text.Append('"');
        foreach (char c in value)
        {
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                default:
                    if (char.IsControl(c) || c == '\u2028' || c == '\u2029' || c == '\uFEFF')
                    {
                        text.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
                    }
                    else
                    {
                        text.Append(c);
                    }

                    break;
            }
        }

        text.Append('"');
        return text.ToString();
    }

    /// <summary>A flow list of ids: <c>[a, b]</c>.</summary>
    public static string List(IEnumerable<string> ids) => "[" + string.Join(", ", ids.Select(Text)) + "]";

    private static bool LooksNumeric(string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _) || value.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
        || value.StartsWith("0o", StringComparison.OrdinalIgnoreCase) || value.StartsWith('.') || value.Contains(':', StringComparison.Ordinal);

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_.-]*$")]
    private static partial Regex SafeWord();
}
