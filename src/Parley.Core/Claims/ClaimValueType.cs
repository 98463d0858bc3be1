namespace Parley.Core.Claims;

/// <summary>The two types of a claim test: every sub-expression is one or the other, checked when parsing.</summary>
public enum ClaimValueType
{
    /// <summary>A truth value (<c>true</c>/<c>false</c>).</summary>
    Boolean,

    /// <summary>A real number.</summary>
    Number,
}
