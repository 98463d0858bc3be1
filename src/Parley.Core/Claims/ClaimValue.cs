using System.Globalization;

namespace Parley.Core.Claims;

/// <summary>A value inside a claim test: a number or a truth value.</summary>
public readonly record struct ClaimValue
{
    private ClaimValue(ClaimValueType type, double number, bool boolean)
    {
        Type = type;
        Number = number;
        Boolean = boolean;
    }

    /// <summary>Whether this is a number or a truth value.</summary>
    public ClaimValueType Type { get; }

    /// <summary>The number (0 for truth values).</summary>
    public double Number { get; }

    /// <summary>The truth value (false for numbers).</summary>
    public bool Boolean { get; }

    /// <summary>A number.</summary>
    public static ClaimValue Of(double number) => new(ClaimValueType.Number, number, false);

    /// <summary>A truth value.</summary>
    public static ClaimValue Of(bool boolean) => new(ClaimValueType.Boolean, 0, boolean);

    /// <summary>The value as written in a test: <c>true</c>, <c>false</c> or the number in invariant culture.</summary>
    public override string ToString() => Type == ClaimValueType.Boolean
        ? (Boolean ? "true" : "false")
        : Number.ToString("0.####", CultureInfo.InvariantCulture);
}
