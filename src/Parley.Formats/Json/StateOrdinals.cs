using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Parley.Core.Analysis;
using Parley.Core.Stability;

namespace Parley.Formats.Json;

/// <summary>
/// Writes the graph model's state indices in the analysis document as gmcr-py's 1-based ordered state
/// numbers, as <c>parley stability</c>, the console and the report show them, so no output mixes 0-based
/// and 1-based numbering. A type-info modifier: the Core records keep their 0-based indices.
/// </summary>
internal static class StateOrdinals
{
    private static readonly HashSet<(Type, string)> States =
    [
        (typeof(StabilitySummary), nameof(StabilitySummary.StatusQuo)),
        (typeof(StateNode), nameof(StateNode.Index)),
        (typeof(StateEdge), nameof(StateEdge.From)),
        (typeof(StateEdge), nameof(StateEdge.To)),
        (typeof(ConceptStability), nameof(ConceptStability.Equilibria)),
        (typeof(StatusQuoPath), nameof(StatusQuoPath.From)),
        (typeof(StatusQuoPath), nameof(StatusQuoPath.Target)),
        (typeof(Move), nameof(Move.From)),
        (typeof(Move), nameof(Move.To)),
        (typeof(Deterrence), nameof(Deterrence.State)),
        (typeof(DeterredImprovement), nameof(DeterredImprovement.To)),
        (typeof(DeterredImprovement), nameof(DeterredImprovement.End)),
        (typeof(SanctionStep), nameof(SanctionStep.From)),
        (typeof(SanctionStep), nameof(SanctionStep.To)),
    ];

    /// <summary>Gives every state-index property of <paramref name="info"/> a converter that adds one.</summary>
    public static void Apply(JsonTypeInfo info)
    {
        foreach (var property in info.Properties)
        {
            var member = property.AttributeProvider as System.Reflection.MemberInfo;
            if (member is null || !States.Contains((info.Type, member.Name)))
            {
                continue;
            }

            property.CustomConverter = property.PropertyType == typeof(int) ? new Ordinal()
                : property.PropertyType == typeof(int?) ? new NullableOrdinal()
                : property.PropertyType == typeof(ImmutableArray<int>) ? new Ordinals()
                : null;
        }
    }

    private sealed class Ordinal : JsonConverter<int>
    {
        public override int Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetInt32() - 1;

        public override void Write(Utf8JsonWriter writer, int value, JsonSerializerOptions options) => writer.WriteNumberValue(GraphModel.Ordinal(value));
    }

    private sealed class NullableOrdinal : JsonConverter<int?>
    {
        public override int? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.Null ? null : reader.GetInt32() - 1;

        public override void Write(Utf8JsonWriter writer, int? value, JsonSerializerOptions options)
        {
            if (value is int v)
            {
                writer.WriteNumberValue(GraphModel.Ordinal(v));
            }
            else
            {
                writer.WriteNullValue();
            }
        }
    }

    private sealed class Ordinals : JsonConverter<ImmutableArray<int>>
    {
        public override ImmutableArray<int> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            [.. JsonSerializer.Deserialize<int[]>(ref reader, options)!.Select(x => x - 1)];

        public override void Write(Utf8JsonWriter writer, ImmutableArray<int> value, JsonSerializerOptions options)
        {
            writer.WriteStartArray();
            foreach (int v in value.IsDefault ? [] : value)
            {
                writer.WriteNumberValue(GraphModel.Ordinal(v));
            }

            writer.WriteEndArray();
        }
    }
}
