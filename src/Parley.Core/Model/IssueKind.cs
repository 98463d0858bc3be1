namespace Parley.Core.Model;

/// <summary>Whether an issue is settled by choosing one of a list of options or a number in a range.</summary>
public enum IssueKind
{
    /// <summary>Ordered discrete options.</summary>
    Discrete,

    /// <summary>A number within a range, with a unit.</summary>
    Numeric,
}
