using System.Globalization;
using System.Text.Json;
using Parley.Core.Agreement;

namespace Parley.Formats.Tests;

/// <summary>Comparisons of Parley results with the rounded numbers of <c>test-vectors.json</c>.</summary>
internal static class VectorAssert
{
    /// <summary>
    /// Equal within 1e-9, or within half a unit of the last decimal the vector prints when it is rounded
    /// more coarsely (the vectors round to 6–10 decimals).
    /// </summary>
    public static void Near(JsonElement expected, double actual, string what)
    {
        double e = expected.ValueKind == JsonValueKind.String
            ? double.Parse(expected.GetString()!, CultureInfo.InvariantCulture)
            : expected.GetDouble();
        double tolerance = Tolerance(expected);
        Assert.True(Math.Abs(e - actual) <= tolerance, $"{what}: expected {e} (±{tolerance}), got {actual}.");
    }

    /// <summary>The tolerance a printed number allows.</summary>
    public static double Tolerance(JsonElement expected)
    {
        string raw = expected.ValueKind == JsonValueKind.String ? expected.GetString()! : expected.GetRawText();
        int dot = raw.IndexOf('.', StringComparison.Ordinal);
        int decimals = dot < 0 || raw.Contains('e', StringComparison.OrdinalIgnoreCase) ? 10 : raw.Length - dot - 1;
        return Math.Max(1e-9, 0.5 * Math.Pow(10, -decimals)) + 1e-12;
    }

    /// <summary>Utility vectors equal element by element.</summary>
    public static void NearVector(JsonElement expected, IReadOnlyList<double> actual, string what)
    {
        Assert.Equal(expected.GetArrayLength(), actual.Count);
        int i = 0;
        foreach (var e in expected.EnumerateArray())
        {
            Near(e, actual[i], $"{what}[{i}]");
            i++;
        }
    }

    /// <summary>A package as "issue=option" pairs, for comparison with the vectors' outcome objects.</summary>
    public static string Describe(OutcomeSpace space, IReadOnlyList<int> package) =>
        string.Join("; ", Enumerable.Range(0, space.IssueCount).Select(i => $"{space.IssueNames[i]}={space.OptionNames[i][package[i]]}").Order(StringComparer.Ordinal));

    /// <summary>An outcome object of the vectors in the same form.</summary>
    public static string Describe(JsonElement outcome) =>
        string.Join("; ", outcome.EnumerateObject().Select(p => $"{p.Name}={(p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() : p.Value.GetRawText())}").Order(StringComparer.Ordinal));

    /// <summary>
    /// The solution's tied points are exactly the vector's points: same packages, utilities within tolerance.
    /// </summary>
    public static void SamePoints(JsonElement expectedPoints, BargainingSolution actual, OutcomeSpace space, string what, string utilitiesKey = "utilities")
    {
        var expected = expectedPoints.EnumerateArray().ToDictionary(p => Describe(p.GetProperty("outcome")), p => p.GetProperty(utilitiesKey));
        var packages = actual.Points.SelectMany(p => p.Packages.Select(k => (Package: Describe(space, k), Point: p))).ToList();
        Assert.True(
            expected.Keys.Order(StringComparer.Ordinal).SequenceEqual(packages.Select(p => p.Package).Order(StringComparer.Ordinal)),
            $"{what}: expected packages [{string.Join(" | ", expected.Keys)}], got [{string.Join(" | ", packages.Select(p => p.Package))}].");
        foreach (var (package, point) in packages)
        {
            NearVector(expected[package], point.Utilities, $"{what} {package}");
        }
    }
}
