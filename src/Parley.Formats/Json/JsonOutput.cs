using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Parley.Formats.Json;

/// <summary>The JSON conventions of every Parley output (see <c>docs/json-output.md</c>): camelCase, enums as camelCase text, indented.</summary>
public static class JsonOutput
{
    /// <summary>Serializer options shared by all JSON writers.</summary>
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters =
        {
            new TermJsonConverter<Core.Stability.StabilityConcept>(),
            new TermJsonConverter<Core.Forecast.ForecastModel>(),
            new TermJsonConverter<Core.Claims.ClaimVerdict>(),
            new TermJsonConverter<Core.Session.LensKind>(),
            new JsonStringEnumConverter(JsonNamingPolicy.CamelCase),
        },
    };
}
