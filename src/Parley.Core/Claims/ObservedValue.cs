namespace Parley.Core.Claims;

/// <summary>One lens query of a claim's test and what the lens answered.</summary>
/// <param name="Query">The query, written canonically (e.g. <c>forecast(issue: territory).median</c>).</param>
/// <param name="Offset">Where the query starts in the test text.</param>
/// <param name="Value">The answer, or null when the scenario cannot give it.</param>
/// <param name="Detail">A sentence from the lens that explains the answer (the agreement verdict's reasons, the forecast's runs), or null.</param>
/// <param name="Missing">Why there is no answer (e.g. "the scenario has no conflict section"), or null.</param>
public sealed record ObservedValue(string Query, int Offset, ClaimValue? Value, string? Detail, string? Missing);
