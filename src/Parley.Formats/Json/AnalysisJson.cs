using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
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
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { OmitGraphModels, StateOrdinals.Apply } },
    };

    // The stability summary carries its graph model so outputs can label states in words; the model
    // itself is not part of the result document.
    private static void OmitGraphModels(JsonTypeInfo info)
    {
        for (int k = info.Properties.Count - 1; k >= 0; k--)
        {
            if (info.Properties[k].PropertyType == typeof(Parley.Core.Stability.GraphModel))
            {
                info.Properties.RemoveAt(k);
            }
        }
    }

    /// <summary>The result as indented, camelCase JSON.</summary>
    public static string Serialize(AnalysisResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return JsonSerializer.Serialize(result, Options);
    }
}
