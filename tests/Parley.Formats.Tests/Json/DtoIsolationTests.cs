using System.Reflection;
using System.Text.Json.Nodes;
using Parley.Core.Analysis;
using Parley.Formats.Json.Dto;

namespace Parley.Formats.Tests.Json;

/// <summary>
/// Every JSON document is made of explicit DTOs: no Core type (record or enum) is reachable from a document's
/// public properties, and no untyped tree (<see cref="JsonNode"/>, <see cref="object"/>) hides a shape the
/// schema cannot see. A Core record that changed would otherwise change the JSON without anyone writing it.
/// </summary>
public sealed class DtoIsolationTests
{
    private static readonly Assembly Core = typeof(AnalysisResult).Assembly;
    private static readonly Assembly Formats = typeof(OutputDocument).Assembly;

    /// <summary>Every concrete document type the Formats assembly defines.</summary>
    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string>();
        foreach (var type in DocumentTypes())
        {
            data.Add(type.FullName!);
        }

        return data;
    }

    private static IEnumerable<Type> DocumentTypes() =>
        Formats.GetTypes().Where(t => typeof(OutputDocument).IsAssignableFrom(t) && !t.IsAbstract).OrderBy(t => t.FullName, StringComparer.Ordinal);

    [Fact]
    public void Every_command_has_a_document()
    {
        // The walk below only proves something if it finds the documents: one per command that writes JSON.
        var names = DocumentTypes().Select(t => t.FullName!).ToList();
        foreach (var command in new[] { "Analyze", "Agree", "Check", "Compare", "Dynamics", "EndStates", "Forecast", "ForecastEval", "Simulate", "Stability" })
        {
            Assert.Contains(names, n => n.EndsWith("." + command + "Document", StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void No_core_type_is_reachable_from_a_document(string document)
    {
        var violations = Violations(Formats.GetType(document, throwOnError: true)!);
        Assert.True(violations.Count == 0, "Core or untyped types in the document:\n" + string.Join("\n", violations));
    }

    [Fact]
    public void No_core_type_is_reachable_from_the_claims_report()
    {
        var violations = Violations(typeof(Parley.Formats.Json.Dto.Claims.ClaimsReportDto));
        Assert.True(violations.Count == 0, "Core or untyped types in the claims report:\n" + string.Join("\n", violations));
    }

    [Fact]
    public void The_walk_finds_a_core_record_an_enum_and_a_json_tree()
    {
        // The test above cannot pass by walking nothing: a document with one of each is caught, at its path.
        var violations = Violations(typeof(Leaky));
        Assert.Contains(violations, v => v.Contains(nameof(AnalysisActor), StringComparison.Ordinal) && v.Contains("Leaky.Inner.Actors[]", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Contains("AgreementVerdict", StringComparison.Ordinal) && v.Contains("Leaky.Verdicts{}", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Contains(nameof(JsonObject), StringComparison.Ordinal));
        Assert.Equal(3, violations.Count);
    }

    /// <summary>Each type from Core, each JSON tree or object, with the property path that reaches it.</summary>
    private static List<string> Violations(Type root)
    {
        var violations = new List<string>();
        var seen = new HashSet<Type>();
        Walk(root, root.Name);
        return violations;

        void Walk(Type type, string path)
        {
            type = Nullable.GetUnderlyingType(type) ?? type;
            if (type.Assembly == Core)
            {
                violations.Add($"{type.FullName} at {path}");
                return;
            }

            if (type == typeof(object) || typeof(JsonNode).IsAssignableFrom(type) || type == typeof(System.Text.Json.JsonElement))
            {
                violations.Add($"{type.FullName} at {path}");
                return;
            }

            if (type == typeof(string) || type.IsPrimitive || type.IsEnum)
            {
                return;
            }

            if (Dictionary(type) is { } kv)
            {
                Walk(kv.Key, path + "{key}");
                Walk(kv.Value, path + "{}");
                return;
            }

            if (Element(type) is { } element)
            {
                Walk(element, path + "[]");
                return;
            }

            if (type.Namespace?.StartsWith("System", StringComparison.Ordinal) == true || !seen.Add(type))
            {
                // BCL values (DateOnly, BigInteger …) are leaves; a DTO type is walked once.
                return;
            }

            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
            {
                Walk(property.PropertyType, path + "." + property.Name);
            }
        }
    }

    private static (Type Key, Type Value)? Dictionary(Type type)
    {
        var dictionary = type.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>));
        return dictionary is null ? null : (dictionary.GetGenericArguments()[0], dictionary.GetGenericArguments()[1]);
    }

    private static Type? Element(Type type)
    {
        var enumerable = type.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        return enumerable?.GetGenericArguments()[0];
    }

    private sealed record LeakyInner(IEnumerable<AnalysisActor> Actors, JsonObject Extra);

    private sealed record Leaky(LeakyInner Inner, IReadOnlyDictionary<string, Core.Agreement.AgreementVerdict> Verdicts, IEnumerable<int> Fine) : OutputDocument("leaky", "x");
}
