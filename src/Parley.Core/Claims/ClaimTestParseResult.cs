using System.Collections.Immutable;

namespace Parley.Core.Claims;

/// <summary>The outcome of <see cref="ClaimTest.Parse"/>: the expression, or the problems found.</summary>
/// <param name="Text">The test as given.</param>
/// <param name="Expression">The checked expression (a truth value), or null when there are errors.</param>
/// <param name="Errors">Every problem found, in text order; empty when the test is valid.</param>
public sealed record ClaimTestParseResult(string Text, ClaimExpression? Expression, ImmutableArray<ClaimTestError> Errors)
{
    /// <summary>True when the test parsed and checked without error.</summary>
    public bool IsValid => Expression is not null && Errors.IsEmpty;
}
