using System.Text.Json;
using System.Text.Json.Serialization;
using Parley.Core.Analysis;

namespace Parley.Formats.Json;

/// <summary>Writes an <see cref="AnalysisResult"/> as the JSON of <c>parley analyze --format json</c> and of <c>result.json</c>.</summary>
public static class AnalysisJson
{
    // The shared options, plus named NaN/Infinity: a forecast with no valid draw has NaN quantiles,
    // and the file must still be written rather than fail.
    private static readonly JsonSerializerOptions Options = new(JsonOutput.Options)
    {
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    /// <summary>The result as indented, camelCase JSON.</summary>
    public static string Serialize(AnalysisResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return JsonSerializer.Serialize(result, Options);
    }
}
