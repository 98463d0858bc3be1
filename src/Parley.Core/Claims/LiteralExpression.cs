namespace Parley.Core.Claims;

/// <summary>A number or a truth value written in the test.</summary>
/// <param name="Value">The value.</param>
/// <param name="Offset">Where it starts.</param>
/// <param name="Length">Characters it spans.</param>
public sealed record LiteralExpression(ClaimValue Value, int Offset, int Length) : ClaimExpression(Offset, Length)
{
    /// <inheritdoc />
    public override string ToString() => Value.ToString();
}
