namespace Parley.Core.Claims;

/// <summary>
/// A node of a parsed claim test (see docs/claims.md for the grammar). Every node knows where it was
/// written, so errors and observed values can point at the user's text.
/// </summary>
/// <param name="Offset">0-based character offset of the node's first character in the test text.</param>
/// <param name="Length">Number of characters the node spans.</param>
public abstract record ClaimExpression(int Offset, int Length)
{
    /// <summary>The node written back as text (canonical spacing, fully parenthesised where needed).</summary>
    public abstract override string ToString();

    /// <summary>Every lens query in this expression, left to right.</summary>
    public IEnumerable<LensQuery> Queries() => this switch
    {
        LensQuery q => [q],
        NotExpression n => n.Operand.Queries(),
        LogicalExpression l => l.Left.Queries().Concat(l.Right.Queries()),
        ComparisonExpression c => c.Left.Queries().Concat(c.Right.Queries()),
        _ => [],
    };
}
