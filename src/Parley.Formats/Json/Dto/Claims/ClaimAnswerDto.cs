using System.Text.Json;
using System.Text.Json.Serialization;

namespace Parley.Formats.Json.Dto.Claims;

/// <summary>
/// A lens query's answer, written as a bare JSON boolean or number (the claim language's two value types),
/// so <c>observed[].value</c> reads as <c>true</c> or <c>0.42</c> rather than an object.
/// </summary>
/// <param name="Boolean">The answer when it is a truth value, else null.</param>
/// <param name="Number">The answer when it is a number, else null.</param>
public sealed record ClaimAnswerDto(bool? Boolean, double? Number)
{
    /// <summary>A truth value.</summary>
    public static ClaimAnswerDto Of(bool value) => new(value, null);

    /// <summary>A number.</summary>
    public static ClaimAnswerDto Of(double value) => new(null, value);

    /// <summary>Writes the answer as a bare boolean or number.</summary>
    public sealed class Converter : JsonConverter<ClaimAnswerDto>
    {
        /// <inheritdoc />
        public override ClaimAnswerDto Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
        {
            JsonTokenType.True or JsonTokenType.False => Of(reader.GetBoolean()),
            JsonTokenType.Number => Of(reader.GetDouble()),
            _ => throw new JsonException("A claim's observed value is a boolean or a number."),
        };

        /// <inheritdoc />
        public override void Write(Utf8JsonWriter writer, ClaimAnswerDto value, JsonSerializerOptions options)
        {
            ArgumentNullException.ThrowIfNull(writer);
            ArgumentNullException.ThrowIfNull(value);
            if (value.Boolean is bool b)
            {
                writer.WriteBooleanValue(b);
            }
            else
            {
                writer.WriteNumberValue(value.Number ?? double.NaN);
            }
        }
    }
}
