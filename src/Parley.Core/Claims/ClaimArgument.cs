namespace Parley.Core.Claims;

/// <summary>A named argument of a lens call or property, such as <c>track: settlement</c>.</summary>
/// <param name="Name">The argument's name (for a single positional property argument, the parameter's name).</param>
/// <param name="Value">The value as written (an id, a number or the contents of a quoted string).</param>
/// <param name="IsNumber">True when the value was written as a number.</param>
/// <param name="Offset">Where the argument starts.</param>
/// <param name="ValueOffset">Where its value starts.</param>
public sealed record ClaimArgument(string Name, string Value, bool IsNumber, int Offset, int ValueOffset);
