using System.Text.Json;
using Parley.Core.Claims;
using Parley.Formats.Json.Dto.Claims;

namespace Parley.Formats.Json;

/// <summary>
/// The JSON form of claim results (documented in <c>docs/json-output.md</c>, section <c>claims</c>): the
/// scenario, the caller's levers, the draws and seed, a count per verdict, and one object per claim with
/// its verdict, explanation, observed lens values, what is missing and, after Monte Carlo draws, how
/// often it held. Absent values (no time, no frequency, a query without answer) are omitted.
/// </summary>
public static class ClaimsJson
{
    /// <summary>The report's DTO (<see cref="ClaimsReportDto"/>).</summary>
    public static ClaimsReportDto From(ClaimEvaluationReport report) => ClaimsReportDto.From(report);

    /// <summary>The report as indented JSON text.</summary>
    public static string Serialize(ClaimEvaluationReport report) => JsonSerializer.Serialize(From(report), JsonOutput.Options);
}
