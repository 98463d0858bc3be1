namespace Parley.Core.Claims;

/// <summary>The binary connectives of a claim test.</summary>
public enum LogicalOperator
{
    /// <summary><c>and</c>: both hold.</summary>
    And,

    /// <summary><c>or</c>: at least one holds.</summary>
    Or,
}
