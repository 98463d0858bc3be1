using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Parley.Formats.Json;

/// <summary>
/// The JSON conventions of every Parley output (see <c>docs/json-output.md</c>): camelCase property names,
/// enums as kebab-case text (the vocabulary's token where the enum has one), indented. The web API uses
/// the same enum spelling (<see cref="AddEnumConverters"/>), so a value reads alike in a file and over HTTP.
/// </summary>
public static class JsonOutput
{
    /// <summary>How an enum value without a vocabulary entry is spelt: kebab-case, like the vocabulary's tokens.</summary>
    public static JsonNamingPolicy EnumNaming { get; } = JsonNamingPolicy.KebabCaseLower;

    /// <summary>Serializer options shared by all JSON writers.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    /// <summary>
    /// Adds the enum converters every Parley JSON shares: the vocabulary's tokens for the enums that have
    /// a table (concepts, models, verdicts, lenses), then <see cref="EnumNaming"/> for every other enum.
    /// </summary>
    /// <param name="converters">The serializer options' converters.</param>
    public static void AddEnumConverters(IList<JsonConverter> converters)
    {
        ArgumentNullException.ThrowIfNull(converters);
        converters.Add(new TermJsonConverter<Core.Stability.StabilityConcept>());
        converters.Add(new TermJsonConverter<Core.Forecast.ForecastModel>());
        converters.Add(new TermJsonConverter<Core.Claims.ClaimVerdict>());
        converters.Add(new TermJsonConverter<Core.Session.LensKind>());
        converters.Add(new JsonStringEnumConverter(EnumNaming));
    }

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            WriteIndented = true,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        AddEnumConverters(options.Converters);
        return options;
    }
}
