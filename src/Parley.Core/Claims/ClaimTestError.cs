namespace Parley.Core.Claims;

/// <summary>A problem with a claim test, found when parsing it.</summary>
/// <param name="Offset">0-based character offset in the test text where the problem is.</param>
/// <param name="Length">Characters of the offending token (at least 1 unless at the end of the text).</param>
/// <param name="Message">What is wrong and what to write instead.</param>
/// <param name="Kind">Syntax error, or an unknown lens, argument or property, or a type mismatch.</param>
public sealed record ClaimTestError(int Offset, int Length, string Message, ClaimTestErrorKind Kind);
