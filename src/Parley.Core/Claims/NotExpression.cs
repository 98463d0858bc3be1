namespace Parley.Core.Claims;

/// <summary><c>not operand</c>.</summary>
/// <param name="Operand">A truth value.</param>
/// <param name="Offset">Where <c>not</c> starts.</param>
/// <param name="Length">Characters up to the end of the operand.</param>
public sealed record NotExpression(ClaimExpression Operand, int Offset, int Length) : ClaimExpression(Offset, Length)
{
    /// <inheritdoc />
    public override string ToString() => $"not {Operand}";
}
