namespace Parley.Core.Claims;

/// <summary><c>left op right</c>: two numbers, or two truth values with <c>==</c> or <c>!=</c>.</summary>
/// <param name="Left">The left operand.</param>
/// <param name="Operator">The comparison.</param>
/// <param name="Right">The right operand.</param>
/// <param name="Offset">Where the left operand starts.</param>
/// <param name="Length">Characters up to the end of the right operand.</param>
public sealed record ComparisonExpression(ClaimExpression Left, ComparisonOperator Operator, ClaimExpression Right, int Offset, int Length)
    : ClaimExpression(Offset, Length)
{
    /// <summary>The operator as written.</summary>
    public string Symbol => Operator switch
    {
        ComparisonOperator.Equal => "==",
        ComparisonOperator.NotEqual => "!=",
        ComparisonOperator.Less => "<",
        ComparisonOperator.LessOrEqual => "<=",
        ComparisonOperator.Greater => ">",
        _ => ">=",
    };

    /// <inheritdoc />
    public override string ToString() => $"{Operand(Left)} {Symbol} {Operand(Right)}";

    // A negation or a comparison is not an operand by the grammar: parenthesise it so the text parses back.
    private static string Operand(ClaimExpression node) =>
        node is NotExpression or ComparisonExpression ? $"({node})" : node.ToString();
}
