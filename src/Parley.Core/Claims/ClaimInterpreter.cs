namespace Parley.Core.Claims;

/// <summary>
/// Evaluates a checked claim expression with three-valued (Kleene) logic: null is "the scenario cannot
/// say". Both sides of <c>and</c>/<c>or</c> are always evaluated so that every lens answer is observed.
/// </summary>
internal static class ClaimInterpreter
{
    public static ClaimValue? Evaluate(ClaimExpression node, LensAnswers lens, List<ObservedValue>? observed)
    {
        switch (node)
        {
            case LiteralExpression literal:
                return literal.Value;
            case LensQuery query:
                var answer = lens.Answer(query);
                observed?.Add(new ObservedValue(query.ToString(), query.Offset, answer.Value, answer.Detail, answer.Missing));
                return answer.Value;
            case NotExpression not:
                return Evaluate(not.Operand, lens, observed) is { } v ? ClaimValue.Of(!v.Boolean) : null;
            case LogicalExpression logical:
            {
                var left = Evaluate(logical.Left, lens, observed);
                var right = Evaluate(logical.Right, lens, observed);
                bool dominant = logical.Operator == LogicalOperator.Or;
                if ((left is { } l && l.Boolean == dominant) || (right is { } r && r.Boolean == dominant))
                {
                    return ClaimValue.Of(dominant);
                }

                return left is null || right is null ? null : ClaimValue.Of(!dominant);
            }

            case ComparisonExpression comparison:
            {
                var left = Evaluate(comparison.Left, lens, observed);
                var right = Evaluate(comparison.Right, lens, observed);
                if (left is not { } a || right is not { } b)
                {
                    return null;
                }

                bool result = a.Type == ClaimValueType.Boolean
                    ? (comparison.Operator == ComparisonOperator.Equal) == (a.Boolean == b.Boolean)
                    : comparison.Operator switch
                    {
                        ComparisonOperator.Equal => a.Number == b.Number,
                        ComparisonOperator.NotEqual => a.Number != b.Number,
                        ComparisonOperator.Less => a.Number < b.Number,
                        ComparisonOperator.LessOrEqual => a.Number <= b.Number,
                        ComparisonOperator.Greater => a.Number > b.Number,
                        _ => a.Number >= b.Number,
                    };
                return ClaimValue.Of(result);
            }

            default:
                throw new InvalidOperationException($"Unknown node {node.GetType().Name}.");
        }
    }
}
