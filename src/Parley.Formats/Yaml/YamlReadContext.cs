using System.Collections.Immutable;
using System.Globalization;
using Parley.Core.Diagnostics;
using Parley.Formats.Text;

namespace Parley.Formats.Yaml;

/// <summary>
/// Typed access to YAML nodes that reports every problem as a diagnostic and carries on, so one pass
/// finds all the problems of a file. Getters return null (or an empty list) when the value is unusable.
/// </summary>
internal sealed class YamlReadContext(string file)
{
    private readonly List<Diagnostic> _diagnostics = [];

    /// <summary>The file as the user named it.</summary>
    public string File { get; } = file;

    /// <summary>The text being read, for positions inside scalars (claim tests); empty when not given.</summary>
    public string Source { get; init; } = string.Empty;

    /// <summary>Everything reported so far.</summary>
    public List<Diagnostic> Diagnostics => _diagnostics;

    /// <summary>True when an error has been reported.</summary>
    public bool HasErrors => _diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>Reports an error at <paramref name="at"/>.</summary>
    public void Error(string code, string message, YamlNode at, string path) =>
        _diagnostics.Add(Diagnostic.Error(code, message, Where(at, path)));

    /// <summary>Reports a warning at <paramref name="at"/>.</summary>
    public void Warning(string code, string message, YamlNode at, string path) =>
        _diagnostics.Add(Diagnostic.Warning(code, message, Where(at, path)));

    /// <summary>The location of a node.</summary>
    public SourceLocation Where(YamlNode at, string path) => new(File, at.Line, at.Column, path);

    /// <summary>The node as a mapping whose keys are all in <paramref name="known"/>; reports otherwise.</summary>
    public YamlMapping? Mapping(YamlNode? node, string path, string what, IReadOnlyCollection<string> known)
    {
        if (node is null)
        {
            return null;
        }

        if (node is not YamlMapping map)
        {
            Error(ScenarioDiagnosticCodes.WrongType, $"{Capital(what)} must be a mapping of keys to values, but this is {node.KindName}.", node, path);
            return null;
        }

        foreach (var entry in map.Entries)
        {
            if (!known.Contains(entry.Key.Value))
            {
                Error(
                    ScenarioDiagnosticCodes.UnknownKey,
                    $"Unknown key '{Echo.Of(entry.Key.Value)}' in {what}.{NearestName.Hint(entry.Key.Value, known)} Known keys here: {string.Join(", ", known)}.",
                    entry.Key,
                    Join(path, Echo.Of(entry.Key.Value)));
            }
        }

        return map;
    }

    /// <summary>The items of a list under <paramref name="key"/>; empty when absent or wrong.</summary>
    public IReadOnlyList<YamlNode> List(YamlMapping map, string key, string path, string what)
    {
        var node = map[key];
        if (node is null || node is YamlScalar { IsNull: true })
        {
            return [];
        }

        if (node is YamlSequence seq)
        {
            return seq.Items;
        }

        Error(ScenarioDiagnosticCodes.WrongType, $"'{key}' must be a list of {what} (each item starting with '- '), but this is {node.KindName}.", node, Join(path, key));
        return [];
    }

    /// <summary>A required text value; reports when missing or not text.</summary>
    public string? RequiredText(YamlMapping map, string key, string path, string what)
    {
        var node = map[key];
        if (node is null || node is YamlScalar { IsNull: true })
        {
            Error(ScenarioDiagnosticCodes.MissingKey, $"{Capital(what)} needs '{key}'. Add '{key}: ...' here.", node ?? map, node is null ? path : Join(path, key));
            return null;
        }

        return Text(node, Join(path, key), key);
    }

    /// <summary>An optional text value.</summary>
    public string? OptionalText(YamlMapping map, string key, string path)
    {
        var node = map[key];
        return node is null || node is YamlScalar { IsNull: true } ? null : Text(node, Join(path, key), key);
    }

    /// <summary>The node as text.</summary>
    public string? Text(YamlNode node, string path, string key)
    {
        if (node is YamlScalar s)
        {
            return s.Value;
        }

        Error(ScenarioDiagnosticCodes.WrongType, $"'{key}' must be a single value (text), but this is {node.KindName}.", node, path);
        return null;
    }

    /// <summary>An optional number in [min, max].</summary>
    public double? OptionalNumber(YamlMapping map, string key, string path, double min, double max)
    {
        var node = map[key];
        return node is null || node is YamlScalar { IsNull: true } ? null : Number(node, Join(path, key), key, min, max);
    }

    /// <summary>A required number in [min, max].</summary>
    public double? RequiredNumber(YamlMapping map, string key, string path, string what, double min, double max)
    {
        var node = map[key];
        if (node is null || node is YamlScalar { IsNull: true })
        {
            Error(ScenarioDiagnosticCodes.MissingKey, $"{Capital(what)} needs '{key}'. Add '{key}: <number>' here.", node ?? map, node is null ? path : Join(path, key));
            return null;
        }

        return Number(node, Join(path, key), key, min, max);
    }

    /// <summary>The node as a number in [min, max].</summary>
    public double? Number(YamlNode node, string path, string key, double min, double max)
    {
        if (node is not YamlScalar s)
        {
            Error(ScenarioDiagnosticCodes.WrongType, $"'{key}' must be a number, but this is {node.KindName}.", node, path);
            return null;
        }

        if (s.Quoted || !double.TryParse(s.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || !double.IsFinite(value))
        {
            string hint = s.Quoted ? " Write the number without quotes." : " Use digits with a '.' for decimals, such as 0.25.";
            Error(ScenarioDiagnosticCodes.WrongType, $"'{key}' must be a number, but '{s.Value}' is not one.{hint}", node, path);
            return null;
        }

        if (value < min || value > max)
        {
            Error(ScenarioDiagnosticCodes.OutOfRange, $"'{key}' is {Show(value)}, outside the allowed range {Show(min)} to {Show(max)}. Give a value within it.", node, path);
            return null;
        }

        return value;
    }

    /// <summary>An optional yes/no value.</summary>
    public bool? OptionalBool(YamlMapping map, string key, string path)
    {
        var node = map[key];
        if (node is null || node is YamlScalar { IsNull: true })
        {
            return null;
        }

        if (node is YamlScalar { Quoted: false } s)
        {
            switch (s.Value)
            {
                case "true" or "True" or "TRUE" or "yes" or "Yes":
                    return true;
                case "false" or "False" or "FALSE" or "no" or "No":
                    return false;
            }
        }

        Error(ScenarioDiagnosticCodes.WrongType, $"'{key}' must be true or false, but this is {node.KindName}.", node, Join(path, key));
        return null;
    }

    /// <summary>
    /// A list of ids under <paramref name="key"/>: a YAML list of values, or a single value standing for a
    /// one-item list. Returns the ids with their nodes, so references can be checked where written.
    /// </summary>
    public ImmutableArray<(string Id, YamlNode Node)> Ids(YamlMapping map, string key, string path)
    {
        var node = map[key];
        if (node is null || node is YamlScalar { IsNull: true })
        {
            return [];
        }

        return Ids(node, Join(path, key), key);
    }

    /// <summary>The node as a list of ids (or one id).</summary>
    public ImmutableArray<(string Id, YamlNode Node)> Ids(YamlNode node, string path, string key)
    {
        if (node is YamlScalar s)
        {
            return [(s.Value, s)];
        }

        if (node is YamlSequence seq)
        {
            var builder = ImmutableArray.CreateBuilder<(string, YamlNode)>();
            for (int i = 0; i < seq.Items.Count; i++)
            {
                if (seq.Items[i] is YamlScalar item)
                {
                    builder.Add((item.Value, item));
                }
                else
                {
                    Error(ScenarioDiagnosticCodes.WrongType, $"Each item of '{key}' must be a single id, but this is {seq.Items[i].KindName}.", seq.Items[i], $"{path}[{i}]");
                }
            }

            return builder.ToImmutable();
        }

        Error(ScenarioDiagnosticCodes.WrongType, $"'{key}' must be a list of ids such as [a, b], but this is {node.KindName}.", node, path);
        return [];
    }

    /// <summary>Reports a reference to an id that is not among <paramref name="known"/>.</summary>
    public bool CheckReference(string id, YamlNode at, string path, string kind, IReadOnlyCollection<string> known, string? fix = null)
    {
        if (known.Contains(id))
        {
            return true;
        }

        string hint = NearestName.Hint(id, known);
        string list = known.Count == 0 ? $"The file defines no {kind}s." : $"Known {kind}s: {string.Join(", ", known.Take(20).Select(Echo.Of))}{(known.Count > 20 ? ", …" : string.Empty)}.";
        Error(ScenarioDiagnosticCodes.UnknownReference, $"Unknown {kind} '{Echo.Of(id)}'.{hint} {fix ?? list}", at, path);
        return false;
    }

    /// <summary>Joins a key path.</summary>
    public static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";

    /// <summary>Formats a number for a message.</summary>
    public static string Show(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);

    private static string Capital(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
