using System.Collections.Immutable;
using System.Globalization;
using System.Xml.Linq;

namespace Parley.Formats.Genius;

/// <summary>
/// Reads the issues of a GENIUS <c>utility_space</c> (of a domain file, or of a profile when no domain is
/// given): discrete items, integer bounds, real ranges; nested objectives are walked.
/// </summary>
internal static class GeniusDomainReader
{
    /// <summary>Real issues become this many evenly spaced options (GENIUS's analysis default).</summary>
    public const int RealGridPoints = 21;

    /// <summary>Integer issues with more values than this are refused (the outcome space would be unwieldy).</summary>
    public const int MaxIntegerValues = 100_000;

    /// <summary>Every issue element under the objectives of <paramref name="utilitySpace"/>, in document order.</summary>
    public static List<XElement> IssueElements(XElement utilitySpace)
    {
        var list = new List<XElement>();
        Walk(utilitySpace, list, "issue");
        return list;
    }

    /// <summary>Every weight element under the objectives of <paramref name="utilitySpace"/>.</summary>
    public static List<XElement> WeightElements(XElement utilitySpace)
    {
        var list = new List<XElement>();
        Walk(utilitySpace, list, "weight");
        return list;
    }

    /// <summary>The indices of the objectives (not issues) under <paramref name="utilitySpace"/>.</summary>
    public static HashSet<string> ObjectiveIndices(XElement utilitySpace) =>
        [.. utilitySpace.Descendants().Where(e => GeniusXml.Is(e, "objective")).Select(e => GeniusXml.Attribute(e, "index")?.Value.Trim() ?? string.Empty)];

    /// <summary>Reads the issues; problems become diagnostics in <paramref name="xml"/>.</summary>
    public static List<GeniusIssue> Read(XElement utilitySpace, GeniusXml xml)
    {
        var issues = new List<GeniusIssue>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in IssueElements(utilitySpace))
        {
            var issue = ReadIssue(element, xml);
            if (issue is null)
            {
                continue;
            }

            if (!names.Add(issue.Name))
            {
                xml.Error("PG0103", $"Issue '{issue.Name}' is defined twice. Give each issue a distinct name.", element, issue.Name);
                continue;
            }

            issues.Add(issue);
        }

        if (IssueElements(utilitySpace).Count == 0)
        {
            xml.Error("PG0103", "The utility space defines no issue. Add <issue> elements under the <objective>.", utilitySpace, string.Empty);
        }

        return issues;
    }

    /// <summary>The issue type: <c>type</c>, else <c>vtype</c>, else discrete.</summary>
    public static string TypeOf(XElement issue) =>
        (GeniusXml.Attribute(issue, "type")?.Value ?? GeniusXml.Attribute(issue, "vtype")?.Value ?? "discrete").Trim().ToLowerInvariant();

    private static GeniusIssue? ReadIssue(XElement element, GeniusXml xml)
    {
        string? name = GeniusXml.Attribute(element, "name")?.Value;
        if (string.IsNullOrWhiteSpace(name))
        {
            xml.Error("PG0103", "An issue has no name. Add name=\"…\" to the <issue> element.", element, string.Empty);
            return null;
        }

        var indexText = GeniusXml.Attribute(element, "index")?.Value.Trim();
        if (!int.TryParse(indexText, NumberStyles.Integer, CultureInfo.InvariantCulture, out int index))
        {
            xml.Error("PG0104", $"Issue '{name}': index is \"{indexText}\", not a whole number. Give each issue a distinct integer index.", element, name);
            return null;
        }

        var location = xml.At(element, name);
        switch (TypeOf(element))
        {
            case "discrete":
                return ReadDiscrete(element, name, index, xml, location);
            case "integer":
                return ReadInteger(element, name, index, xml, location);
            case "real":
                return ReadReal(element, name, index, xml, location);
            default:
                xml.Error("PG0103", $"Issue '{name}' has type \"{TypeOf(element)}\". Parley imports discrete, integer and real issues.", element, name);
                return null;
        }
    }

    private static GeniusIssue? ReadDiscrete(XElement element, string name, int index, GeniusXml xml, Core.Diagnostics.SourceLocation location)
    {
        var options = new List<string>();
        var labels = new List<string>();
        foreach (var item in GeniusXml.Children(element, "item"))
        {
            string? value = GeniusXml.Attribute(item, "value")?.Value;
            if (value is null)
            {
                xml.Error("PG0103", $"An item of issue '{name}' has no value. Add value=\"…\" (the option's name).", item, name);
                continue;
            }

            if (options.Contains(value))
            {
                xml.Error("PG0103", $"Issue '{name}' lists item \"{value}\" twice. Keep one item per option.", item, $"{name}/{value}");
                continue;
            }

            options.Add(value);
            string? description = GeniusXml.Attribute(item, "description")?.Value;
            labels.Add(string.IsNullOrWhiteSpace(description) ? value : description.Trim());
        }

        if (options.Count == 0)
        {
            xml.Error("PG0103", $"Discrete issue '{name}' has no items. Add <item value=\"…\"/> elements.", element, name);
            return null;
        }

        return new GeniusIssue(name, index, GeniusIssueKind.Discrete, [.. options], [.. labels], [], 0, location);
    }

    private static GeniusIssue? ReadInteger(XElement element, string name, int index, GeniusXml xml, Core.Diagnostics.SourceLocation location)
    {
        double? lo = xml.Number(element, "lowerbound", name, $"Integer issue '{name}'");
        double? hi = xml.Number(element, "upperbound", name, $"Integer issue '{name}'");
        if (lo is not { } l || hi is not { } h)
        {
            return null;
        }

        if (l != Math.Floor(l) || h != Math.Floor(h) || l > h || h - l + 1 > MaxIntegerValues)
        {
            xml.Error("PG0109", $"Integer issue '{name}' has bounds {l}..{h}. Give whole-number bounds with lowerbound <= upperbound and at most {MaxIntegerValues} values.", element, name);
            return null;
        }

        var numbers = new List<double>();
        for (double v = l; v <= h; v++)
        {
            numbers.Add(v);
        }

        var ids = numbers.Select(v => v.ToString("R", CultureInfo.InvariantCulture)).ToImmutableArray();
        return new GeniusIssue(name, index, GeniusIssueKind.Integer, ids, ids, [.. numbers], l, location);
    }

    private static GeniusIssue? ReadReal(XElement element, string name, int index, GeniusXml xml, Core.Diagnostics.SourceLocation location)
    {
        var range = GeniusXml.Children(element, "range").FirstOrDefault() ?? element;
        double? lo = xml.Number(range, "lowerbound", name, $"Real issue '{name}'");
        double? hi = xml.Number(range, "upperbound", name, $"Real issue '{name}'");
        if (lo is not { } l || hi is not { } h)
        {
            return null;
        }

        if (l > h)
        {
            xml.Error("PG0109", $"Real issue '{name}' has lowerbound {l} above upperbound {h}. Swap the bounds.", range, name);
            return null;
        }

        var numbers = new List<double>();
        for (int k = 0; k < RealGridPoints; k++)
        {
            double v = k == RealGridPoints - 1 ? h : l + ((h - l) * k / (RealGridPoints - 1));
            if (numbers.Count == 0 || v > numbers[^1])
            {
                numbers.Add(v);
            }
        }

        var ids = numbers.Select(v => v.ToString("R", CultureInfo.InvariantCulture)).ToImmutableArray();
        return new GeniusIssue(name, index, GeniusIssueKind.Real, ids, ids, [.. numbers], l, location);
    }

    private static void Walk(XElement container, List<XElement> into, string name)
    {
        foreach (var child in container.Elements())
        {
            if (GeniusXml.Is(child, name))
            {
                into.Add(child);
            }
            else if (GeniusXml.Is(child, "objective"))
            {
                Walk(child, into, name);
            }
        }
    }
}
