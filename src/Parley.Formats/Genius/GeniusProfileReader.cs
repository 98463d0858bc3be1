using System.Collections.Immutable;
using System.Globalization;
using System.Xml.Linq;

namespace Parley.Formats.Genius;

/// <summary>
/// Reads a GENIUS linear profile (<c>AdditiveUtilitySpace</c>) against the domain's issues: each option's
/// value under GENIUS's evaluation rules, the weights as written, the reservation value and the effective
/// discount factor.
/// </summary>
internal static class GeniusProfileReader
{
    /// <summary>What a profile says, aligned with the domain's issues; null entries where the file was broken.</summary>
    public sealed record Profile(double[]?[] Values, double?[] Weights, double Reservation, double Discount);

    /// <summary>Reads the profile rooted at <paramref name="root"/>; problems become diagnostics.</summary>
    public static Profile? Read(XElement root, IReadOnlyList<GeniusIssue> domain, GeniusXml xml)
    {
        if (!GeniusXml.Is(root, "utility_space"))
        {
            xml.Error("PG0102", $"The root element is <{root.Name.LocalName}>; a GENIUS profile starts with <utility_space>. Pass the domain file first, then the profiles.", root, string.Empty);
            return null;
        }

        string type = (GeniusXml.Attribute(root, "type")?.Value ?? "linear").Trim().ToUpperInvariant();
        if (type == "UNCERTAIN")
        {
            xml.Warning("PG0114", "This is an UNCERTAIN profile: Parley imports its additive body and ignores the comparisons that GENIUS would elicit.", root, string.Empty);
        }
        else if (type is not ("LINEAR" or "ADDITIVE" or ""))
        {
            xml.Error("PG0110", $"Profile type \"{GeniusXml.Attribute(root, "type")!.Value}\" is not supported: Parley imports linear additive profiles only (no nonlinear or constraint profiles).", root, string.Empty);
            return null;
        }

        var values = new double[]?[domain.Count];
        var weights = new double?[domain.Count];
        var byName = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < domain.Count; i++)
        {
            byName[domain[i].Name] = i;
        }

        // Issue index in this profile -> domain position, for the weights.
        var byIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var seen = new bool[domain.Count];
        var unknownIndices = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in GeniusDomainReader.IssueElements(root))
        {
            string name = GeniusXml.Attribute(element, "name")?.Value ?? string.Empty;
            if (!byName.TryGetValue(name, out int i))
            {
                unknownIndices.Add(GeniusXml.Attribute(element, "index")?.Value.Trim() ?? string.Empty);
                xml.Error("PG0105", $"Issue '{name}' is not in the domain (its issues are: {string.Join(", ", domain.Select(d => d.Name))}). Use the domain's issue names, or pass the matching domain file.", element, name);
                continue;
            }

            seen[i] = true;
            byIndex[GeniusXml.Attribute(element, "index")?.Value.Trim() ?? string.Empty] = i;
            values[i] = domain[i].Kind switch
            {
                GeniusIssueKind.Discrete => Discrete(element, domain[i], xml),
                GeniusIssueKind.Integer => Integer(element, domain[i], xml),
                _ => Real(element, domain[i], xml),
            };
        }

        for (int i = 0; i < domain.Count; i++)
        {
            if (!seen[i])
            {
                xml.Error("PG0108", $"The profile does not evaluate issue '{domain[i].Name}' of the domain. Add an <issue name=\"{domain[i].Name}\"> with its evaluations and a <weight>.", root, domain[i].Name);
            }
        }

        ReadWeights(root, byIndex, unknownIndices, weights, domain, seen, xml);

        double reservation = 0;
        if (GeniusXml.Children(root, "reservation").FirstOrDefault() is { } r && xml.Number(r, "value", "reservation", "The reservation value") is { } rv)
        {
            if (rv < 0 || rv > 1)
            {
                xml.Error("PG0117", $"The reservation value is {rv}; it must lie within [0, 1].", r, "reservation");
            }

            reservation = rv;
        }

        // GENIUS: d <= 0 or d > 1 means undiscounted (many files write 0.0 for that).
        double discount = 1;
        if (GeniusXml.Children(root, "discount_factor").FirstOrDefault() is { } d && xml.Number(d, "value", "discount_factor", "The discount factor") is { } dv)
        {
            discount = dv <= 0 || dv > 1 ? 1 : dv;
        }

        return new Profile(values, weights, reservation, discount);
    }

    private static void ReadWeights(XElement root, Dictionary<string, int> byIndex, HashSet<string> unknownIndices, double?[] weights, IReadOnlyList<GeniusIssue> domain, bool[] seen, GeniusXml xml)
    {
        var objectives = GeniusDomainReader.ObjectiveIndices(root);
        var hasWeight = new bool[domain.Count];
        foreach (var w in GeniusDomainReader.WeightElements(root))
        {
            string index = GeniusXml.Attribute(w, "index")?.Value.Trim() ?? string.Empty;
            if (!byIndex.TryGetValue(index, out int i))
            {
                // Weights of (nested) objectives carry no issue weight of their own; weights of issues
                // already reported as unknown would only repeat that error.
                if (!objectives.Contains(index) && !unknownIndices.Contains(index))
                {
                    xml.Error("PG0106", $"A weight has index \"{index}\", which is no issue of this profile (issue indices: {string.Join(", ", byIndex.Keys)}). Weights must match the domain's issues one to one.", w, $"weight[{index}]");
                }

                continue;
            }

            if (hasWeight[i])
            {
                xml.Error("PG0106", $"Issue '{domain[i].Name}' (index {index}) has two weights. Keep one <weight> per issue.", w, $"weight[{index}]");
                continue;
            }

            hasWeight[i] = true;
            if (xml.Number(w, "value", $"weight[{index}]", $"The weight of issue '{domain[i].Name}'") is { } v)
            {
                if (v < 0 || v > 1)
                {
                    xml.Error("PG0106", $"The weight of issue '{domain[i].Name}' is {v}; weights must lie within [0, 1].", w, $"weight[{index}]");
                }
                else
                {
                    weights[i] = v;
                }
            }
        }

        for (int i = 0; i < domain.Count; i++)
        {
            if (seen[i] && !hasWeight[i])
            {
                xml.Error("PG0106", $"Issue '{domain[i].Name}' has no weight (GENIUS cannot evaluate an issue without one). Add <weight index=\"…\" value=\"…\"/> for it.", root, domain[i].Name);
            }
        }

        double sum = weights.Sum(w => w ?? 0);
        if (weights.All(w => w is not null) && Math.Abs(sum - 1) > 1e-6)
        {
            xml.Warning("PG0118", $"The weights sum to {sum.ToString("0.#########", CultureInfo.InvariantCulture)}, not 1. As in GENIUS they are used as written and the utility is capped at 1.", root, string.Empty);
        }
    }

    private static double[]? Discrete(XElement element, GeniusIssue issue, GeniusXml xml)
    {
        var evaluations = new Dictionary<string, double>(StringComparer.Ordinal);
        bool broken = false;
        foreach (var item in GeniusXml.Children(element, "item"))
        {
            string? value = GeniusXml.Attribute(item, "value")?.Value;
            string path = $"{issue.Name}/{value}";
            if (value is null || !issue.Options.Contains(value))
            {
                xml.Error("PG0116", $"Issue '{issue.Name}' has no option \"{value}\" in the domain (options: {string.Join(", ", issue.Options)}). Use the domain's item values.", item, path);
                broken = true;
                continue;
            }

            if (xml.Number(item, "evaluation", path, $"Item \"{value}\" of issue '{issue.Name}'") is not { } e)
            {
                broken = true;
                continue;
            }

            if (e < 0)
            {
                xml.Error("PG0113", $"Item \"{value}\" of issue '{issue.Name}' has evaluation {e}; evaluations must not be negative.", item, path);
                broken = true;
                continue;
            }

            // GENIUS stores evaluations in a map: a repeated item overrides the earlier one.
            if (evaluations.ContainsKey(value))
            {
                xml.Warning("PG0111", $"Item \"{value}\" of issue '{issue.Name}' is evaluated twice; as in GENIUS the later evaluation ({e}) is used.", item, path);
            }

            evaluations[value] = e;
        }

        foreach (string option in issue.Options)
        {
            if (!evaluations.ContainsKey(option) && !broken)
            {
                xml.Error("PG0107", $"Issue '{issue.Name}' has no evaluation for option \"{option}\". Add <item value=\"{option}\" evaluation=\"…\"/>.", element, $"{issue.Name}/{option}");
                broken = true;
            }
        }

        if (broken)
        {
            return null;
        }

        double max = evaluations.Values.Max();
        return [.. issue.Options.Select(o => GeniusEvaluators.Discrete(evaluations[o], max))];
    }

    private static double[]? Integer(XElement element, GeniusIssue issue, GeniusXml xml)
    {
        var evaluator = GeniusXml.Children(element, "evaluator").FirstOrDefault();
        if (evaluator is null)
        {
            xml.Error("PG0107", $"Integer issue '{issue.Name}' has no <evaluator>. Add <evaluator ftype=\"linear\" slope=\"…\" offset=\"…\"/>.", element, issue.Name);
            return null;
        }

        // The profile's own lowerbound is what GENIUS subtracts; the domain's is the fallback.
        double? lower = xml.Number(element, "lowerbound", issue.Name, $"Integer issue '{issue.Name}'", issue.Lower);
        double? slope = xml.Number(evaluator, "slope", issue.Name, $"The evaluator of issue '{issue.Name}'");
        double? offset = xml.Number(evaluator, "offset", issue.Name, $"The evaluator of issue '{issue.Name}'");
        if (lower is not { } l || slope is not { } s || offset is not { } o)
        {
            return null;
        }

        return [.. issue.Numbers.Select(v => GeniusEvaluators.Integer(v, l, s, o))];
    }

    private static double[]? Real(XElement element, GeniusIssue issue, GeniusXml xml)
    {
        var evaluator = GeniusXml.Children(element, "evaluator").FirstOrDefault();
        if (evaluator is null)
        {
            xml.Error("PG0107", $"Real issue '{issue.Name}' has no <evaluator>. Add <evaluator ftype=\"linear\" parameter0=\"…\" parameter1=\"…\"/>.", element, issue.Name);
            return null;
        }

        string what = $"The evaluator of issue '{issue.Name}'";
        string ftype = (GeniusXml.Attribute(evaluator, "ftype")?.Value ?? "linear").Trim().ToLowerInvariant();
        switch (ftype)
        {
            case "linear":
                {
                    double? p1 = xml.Number(evaluator, "parameter1", issue.Name, what);
                    double? p0 = xml.Number(evaluator, "parameter0", issue.Name, what);
                    return p1 is { } a && p0 is { } b ? [.. issue.Numbers.Select(v => GeniusEvaluators.RealLinear(v, a, b))] : null;
                }

            case "constant":
                {
                    double? p0 = xml.Number(evaluator, "parameter0", issue.Name, what);
                    return p0 is { } c ? [.. issue.Numbers.Select(_ => GeniusEvaluators.RealConstant(c))] : null;
                }

            case "triangular":
                {
                    double? lo = xml.Number(evaluator, "parameter0", issue.Name, what);
                    double? hi = xml.Number(evaluator, "parameter1", issue.Name, what);
                    double? top = xml.Number(evaluator, "parameter2", issue.Name, what);
                    return lo is { } l && hi is { } h && top is { } t ? [.. issue.Numbers.Select(v => GeniusEvaluators.RealTriangular(v, l, h, t))] : null;
                }

            default:
                xml.Error("PG0112", $"The evaluator of issue '{issue.Name}' has ftype \"{ftype}\". Parley supports linear, constant and triangular evaluators for real issues.", evaluator, issue.Name);
                return null;
        }
    }
}
