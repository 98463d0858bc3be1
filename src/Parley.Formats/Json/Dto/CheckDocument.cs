using Parley.Core.Diagnostics;
using Parley.Core.Model;

namespace Parley.Formats.Json.Dto;

/// <summary>
/// The document of <c>parley check --format json</c>, and of every other command whose input has errors
/// (then <see cref="Valid"/> is false and <see cref="OutputDocument.Command"/> names the command that refused it).
/// </summary>
/// <param name="Command">The command run.</param>
/// <param name="File">The file checked.</param>
/// <param name="Valid">True when the file has no errors.</param>
/// <param name="Summary">What the scenario holds, when it could be read; null otherwise.</param>
public sealed record CheckDocument(string Command, string File, bool Valid, CheckSummaryJson? Summary)
    : OutputDocument(Command, Valid ? ScenarioIds.Of(Summary?.Id, File) : Summary?.Id)
{
    /// <summary>The check document of a read: its diagnostics, and its summary when a scenario came out.</summary>
    public static CheckDocument From(string command, string file, ParseResult<Scenario> result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var summary = result.Value is null ? null : CheckSummaryJson.From(ScenarioSummary.Of(result.Value));
        return new CheckDocument(command, file, result.Succeeded, summary) { Diagnostics = [.. result.Diagnostics.Select(DiagnosticJson.From)] };
    }

    /// <summary>The document of input that could not be read: its diagnostics, no summary.</summary>
    public static CheckDocument Refused(string command, string file, IEnumerable<Diagnostic> diagnostics) =>
        new(command, file, false, null) { Diagnostics = [.. diagnostics.Select(DiagnosticJson.From)] };
}
