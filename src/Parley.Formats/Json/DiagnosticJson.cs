using System.Text.Json.Serialization;
using Parley.Core.Diagnostics;

namespace Parley.Formats.Json;

/// <summary>A diagnostic as it appears in JSON output.</summary>
/// <param name="Code">Stable code such as PAR020.</param>
/// <param name="Severity"><c>error</c>, <c>warning</c> or <c>info</c>.</param>
/// <param name="Message">What is wrong and what to do.</param>
/// <param name="File">The file.</param>
/// <param name="Line">1-based line, 0 for the whole file.</param>
/// <param name="Column">1-based column, 0 for the whole file.</param>
/// <param name="Path">The key path inside the document, or empty.</param>
public sealed record DiagnosticJson(string Code, string Severity, string Message, string File, int Line, int Column, string Path)
{
    /// <summary>True for an error (for views that mark errors apart from warnings); not part of the JSON.</summary>
    [JsonIgnore]
    public bool IsError => Severity == EnumTokens.Of(DiagnosticSeverity.Error);

    /// <summary>Converts a diagnostic.</summary>
    public static DiagnosticJson From(Diagnostic d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return new(d.Code, EnumTokens.Of(d.Severity), d.Message, d.Location.File, d.Location.Line, d.Location.Column, d.Location.Path);
    }
}
