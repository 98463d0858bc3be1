using System.Text.Json;
using System.Text.Json.Serialization;
using Parley.Core.Vocabulary;

namespace Parley.Formats.Json;

/// <summary>
/// Writes and reads an enum that has a vocabulary table (stability concepts, forecast models, claim
/// verdicts, lenses) as its token, so JSON spells each idea as the command line and the claims do.
/// </summary>
/// <typeparam name="T">The enum.</typeparam>
public sealed class TermJsonConverter<T> : JsonConverter<T>
    where T : struct, Enum
{
    /// <inheritdoc />
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string? token = reader.GetString();
        return Terms.TryParse<T>(token, out var value)
            ? value
            : throw new JsonException($"'{token}' is not a {typeof(T).Name} token; use one of {string.Join(", ", Terms.Tokens<T>())}.");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(Terms.Token(value));
    }
}
