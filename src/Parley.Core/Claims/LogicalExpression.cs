namespace Parley.Core.Claims;

/// <summary><c>left and right</c> or <c>left or right</c>.</summary>
/// <param name="Operator">The connective.</param>
/// <param name="Left">The left operand (a truth value).</param>
/// <param name="Right">The right operand (a truth value).</param>
/// <param name="Offset">Where the left operand starts.</param>
/// <param name="Length">Characters up to the end of the right operand.</param>
public sealed record LogicalExpression(LogicalOperator Operator, ClaimExpression Left, ClaimExpression Right, int Offset, int Length)
    : ClaimExpression(Offset, Length)
{
    /// <inheritdoc />
    public override string ToString() => $"({Left} {(Operator == LogicalOperator.And ? "and" : "or")} {Right})";
}
