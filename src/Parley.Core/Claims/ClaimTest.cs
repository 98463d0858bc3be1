namespace Parley.Core.Claims;

/// <summary>
/// Claim tests: small statements over lens results, such as
/// <c>agreement(track: settlement).empty</c> or <c>forecast(issue: territory).median &lt;= 30</c>.
/// The grammar and every lens query are in docs/claims.md.
/// </summary>
public static class ClaimTest
{
    /// <summary>
    /// Parses <paramref name="text"/> and checks it: the syntax, the lens names, their arguments and
    /// properties, and the types (the whole test must be a truth value). Never throws for bad text:
    /// every problem comes back as a <see cref="ClaimTestError"/> with its character offset.
    /// </summary>
    public static ClaimTestParseResult Parse(string text) => ClaimParser.Parse(text);

    /// <summary>Parses a reading: an expression in the same language whose value is a number (e.g. <c>forecast(issue: x).value</c>).</summary>
    /// <param name="text">The reading.</param>
    public static ClaimTestParseResult ParseReading(string text) => ClaimParser.Parse(text, ClaimValueType.Number);
}
