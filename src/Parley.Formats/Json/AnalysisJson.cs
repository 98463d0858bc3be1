using Parley.Core.Analysis;
using Parley.Formats.Json.Dto.Analyze;

namespace Parley.Formats.Json;

/// <summary>Writes an <see cref="AnalysisResult"/> as the JSON of <c>parley analyze --format json</c> and of <c>result.json</c> (<see cref="AnalyzeDocument"/>).</summary>
public static class AnalysisJson
{
    /// <summary>Streams the result's document to <paramref name="stream"/>.</summary>
    public static void Write(Stream stream, AnalysisResult result) => JsonDocumentWriter.Write(stream, AnalyzeDocument.From(result));

    /// <summary>The result as indented, camelCase JSON text (for HTTP answers; files and stdout are streamed with <see cref="Write"/>).</summary>
    public static string Serialize(AnalysisResult result) => JsonDocumentWriter.Serialize(AnalyzeDocument.From(result));
}
