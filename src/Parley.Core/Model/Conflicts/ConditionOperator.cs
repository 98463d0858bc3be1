namespace Parley.Core.Model.Conflicts;

/// <summary>The operator at the root of an <see cref="OptionCondition"/>.</summary>
public enum ConditionOperator
{
    /// <summary>The named option is taken.</summary>
    Option,

    /// <summary>The single operand is false.</summary>
    Not,

    /// <summary>Every operand holds.</summary>
    And,

    /// <summary>At least one operand holds.</summary>
    Or,

    /// <summary>"q if p": operand 0 is q, operand 1 is p; holds unless p holds and q does not (p → q).</summary>
    If,

    /// <summary>"q iff p": both operands hold or neither does.</summary>
    Iff,
}
