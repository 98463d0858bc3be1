using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using Parley.Core.Model;
using Parley.Core.Model.Conflicts;

namespace Parley.Formats.Tests.Writing;

/// <summary>
/// Whether two scenarios say the same thing: every public property compared recursively (records hold
/// immutable arrays, whose own equality is by reference), numbers within 1e-12 relative (a weight the reader
/// divides by a sum of 1 ± 1e-16 moves in its last bit), conditions by their truth tables (the reader may
/// nest "a or b or c" as it parses, the meaning is the same). Answers the path of the first difference.
/// </summary>
public static class ScenarioEquivalence
{
    public static string? FirstDifference(object? expected, object? actual, string path = "scenario")
    {
        if (expected is null || actual is null)
        {
            return expected is null && actual is null ? null : $"{path}: {Show(expected)} ≠ {Show(actual)}";
        }

        if (expected.GetType() != actual.GetType())
        {
            return $"{path}: {expected.GetType().Name} ≠ {actual.GetType().Name}";
        }

        switch (expected)
        {
            case double a:
                double b = (double)actual;
                return a == b || Math.Abs(a - b) <= 1e-12 * Math.Max(1, Math.Max(Math.Abs(a), Math.Abs(b))) ? null : $"{path}: {a:R} ≠ {b:R}";
            case string or bool or int or long or Enum or DateOnly:
                return expected.Equals(actual) ? null : $"{path}: {Show(expected)} ≠ {Show(actual)}";
            case Distribution d when d.Kind != DistributionKind.Normal:
                // A uniform distribution ignores its centre and spread, a triangular one its spread (see Distribution).
                var other = (Distribution)actual;
                return FirstDifference(d.Kind, other.Kind, $"{path}.Kind") ?? FirstDifference(d.Min, other.Min, $"{path}.Min") ?? FirstDifference(d.Max, other.Max, $"{path}.Max")
                    ?? (d.Kind == DistributionKind.Triangular ? FirstDifference(d.Center, other.Center, $"{path}.Center") : null);
            case OptionCondition c:
                return SameTruthTable(c, (OptionCondition)actual) ? null : $"{path}: '{c}' ≠ '{actual}'";
            case IEnumerable e:
                var left = Items(e);
                var right = Items((IEnumerable)actual);
                if (left.Count != right.Count)
                {
                    return $"{path}: {left.Count} items ≠ {right.Count} items";
                }

                for (int i = 0; i < left.Count; i++)
                {
                    if (FirstDifference(left[i], right[i], $"{path}[{i}]") is { } d)
                    {
                        return d;
                    }
                }

                return null;
        }

        var type = expected.GetType();
        if (type.IsValueType && type.IsPrimitive)
        {
            return expected.Equals(actual) ? null : $"{path}: {expected} ≠ {actual}";
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || property.Name == "EqualityContract" || Derived(type, property.Name))
            {
                continue;
            }

            if (FirstDifference(property.GetValue(expected), property.GetValue(actual), $"{path}.{property.Name}") is { } d)
            {
                return d;
            }
        }

        return null;
    }

    // Computed from other properties (compared themselves), so skipped: a difference shows where it is made.
    /// <summary>A GENIUS or GeniusWeb import as the scenario format holds it: weights normalised to sum to 1, no ceiling, no discount.</summary>
    public static Scenario WithoutGeniusRules(Scenario imported) => imported.With(positions: [.. imported.Positions.Select(p =>
    {
        double sum = p.Issues.Sum(i => i.Weight.Value);
        var issues = sum > 0 ? p.Issues.Select(i => i with { Weight = i.Weight.WithValue(i.Weight.Value / sum) }).ToImmutableArray() : p.Issues;
        return p with { DiscountFactor = null, UtilityCeiling = null, Issues = issues };
    })]);

    private static bool Derived(Type type, string name) =>
        (type == typeof(Scenario) && name == nameof(Scenario.Tracks))
        || (type == typeof(Conflict) && name == nameof(Conflict.AllOptions))
        || (type == typeof(Actor) && name == nameof(Actor.IsParty))
        || name == "Points";

    // A default immutable array (a record built without that list) says the same as an empty one.
    private static List<object?> Items(IEnumerable items) =>
        items.GetType().GetProperty("IsDefault") is { } isDefault && (bool)isDefault.GetValue(items)! ? [] : items.Cast<object?>().ToList();

    private static bool SameTruthTable(OptionCondition a, OptionCondition b)
    {
        var ids = a.OptionIds().Concat(b.OptionIds()).Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count > 16)
        {
            return a.ToString() == b.ToString();
        }

        for (int code = 0; code < 1 << ids.Count; code++)
        {
            bool Taken(string id) => (code & (1 << ids.IndexOf(id))) != 0;
            if (a.Holds(Taken) != b.Holds(Taken))
            {
                return false;
            }
        }

        return true;
    }

    private static string Show(object? value) => value switch
    {
        null => "null",
        string s => $"'{s}'",
        _ => value.ToString() ?? "?",
    };
}
