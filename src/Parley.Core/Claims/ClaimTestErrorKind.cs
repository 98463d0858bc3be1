namespace Parley.Core.Claims;

/// <summary>What kind of problem a <see cref="ClaimTestError"/> is.</summary>
public enum ClaimTestErrorKind
{
    /// <summary>The text does not follow the grammar (an unexpected or missing token).</summary>
    Syntax,

    /// <summary>A lens name that does not exist.</summary>
    UnknownLens,

    /// <summary>An argument the lens or property does not take, a missing required one, or one given twice.</summary>
    UnknownArgument,

    /// <summary>A property the lens result does not have.</summary>
    UnknownProperty,

    /// <summary>A number where a truth value is needed, or the reverse.</summary>
    Type,

    /// <summary>An argument value outside its allowed set (e.g. an unknown stability concept).</summary>
    BadValue,
}
