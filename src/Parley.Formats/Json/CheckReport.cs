using System.Collections.Immutable;
using Parley.Core.Diagnostics;
using Parley.Core.Model;

namespace Parley.Formats.Json;

/// <summary>The JSON output of <c>parley check</c>.</summary>
/// <param name="File">The file checked.</param>
/// <param name="Valid">True when the file has no errors.</param>
/// <param name="Diagnostics">Every diagnostic, errors and warnings.</param>
/// <param name="Summary">The scenario's overview, when valid.</param>
public sealed record CheckReport(string File, bool Valid, ImmutableArray<DiagnosticJson> Diagnostics, CheckSummaryJson? Summary)
{
    /// <summary>Builds the report from a read result.</summary>
    public static CheckReport From(string file, ParseResult<Scenario> result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var summary = result.Value is null ? null : CheckSummaryJson.From(ScenarioSummary.Of(result.Value));
        return new CheckReport(file, result.Succeeded, [.. result.Diagnostics.Select(DiagnosticJson.From)], summary);
    }
}
