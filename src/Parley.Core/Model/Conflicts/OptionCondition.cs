using System.Collections.Immutable;
using System.Text;

namespace Parley.Core.Model.Conflicts;

/// <summary>
/// A statement about which options are taken: an option, or <c>not</c>, <c>and</c>, <c>or</c>,
/// <c>if</c>, <c>iff</c> over statements. Used for preference statements (option prioritization) and
/// for infeasibility conditions.
/// </summary>
public sealed record OptionCondition
{
    private OptionCondition(ConditionOperator op, string? optionId, ImmutableArray<OptionCondition> operands)
    {
        Operator = op;
        OptionId = optionId;
        Operands = operands;
    }

    /// <summary>The operator.</summary>
    public ConditionOperator Operator { get; }

    /// <summary>The option for <see cref="ConditionOperator.Option"/>, otherwise null.</summary>
    public string? OptionId { get; }

    /// <summary>The operands (empty for <see cref="ConditionOperator.Option"/>).</summary>
    public ImmutableArray<OptionCondition> Operands { get; }

    /// <summary>The option <paramref name="optionId"/> is taken.</summary>
    public static OptionCondition Option(string optionId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(optionId);
        return new(ConditionOperator.Option, optionId, []);
    }

    /// <summary>The option <paramref name="optionId"/> is taken (<paramref name="taken"/>) or not.</summary>
    public static OptionCondition Option(string optionId, bool taken) => taken ? Option(optionId) : Not(Option(optionId));

    /// <summary>The negation of <paramref name="operand"/>.</summary>
    public static OptionCondition Not(OptionCondition operand)
    {
        ArgumentNullException.ThrowIfNull(operand);
        return new(ConditionOperator.Not, null, [operand]);
    }

    /// <summary>All of <paramref name="operands"/> (at least one).</summary>
    public static OptionCondition And(params IEnumerable<OptionCondition> operands) => Many(ConditionOperator.And, operands);

    /// <summary>Any of <paramref name="operands"/> (at least one).</summary>
    public static OptionCondition Or(params IEnumerable<OptionCondition> operands) => Many(ConditionOperator.Or, operands);

    /// <summary>"<paramref name="q"/> if <paramref name="p"/>": p → q, as in GMCR+.</summary>
    public static OptionCondition If(OptionCondition q, OptionCondition p) => Pair(ConditionOperator.If, q, p);

    /// <summary>"<paramref name="q"/> iff <paramref name="p"/>": both or neither, as in GMCR+.</summary>
    public static OptionCondition Iff(OptionCondition q, OptionCondition p) => Pair(ConditionOperator.Iff, q, p);

    /// <summary>Every option id the condition mentions, in order of first mention.</summary>
    public IEnumerable<string> OptionIds()
    {
        if (OptionId is not null)
        {
            yield return OptionId;
        }

        foreach (var operand in Operands)
        {
            foreach (var id in operand.OptionIds())
            {
                yield return id;
            }
        }
    }

    /// <summary>Whether the condition holds when exactly the options for which <paramref name="isTaken"/> is true are taken.</summary>
    public bool Holds(Func<string, bool> isTaken)
    {
        ArgumentNullException.ThrowIfNull(isTaken);
        return Operator switch
        {
            ConditionOperator.Option => isTaken(OptionId!),
            ConditionOperator.Not => !Operands[0].Holds(isTaken),
            ConditionOperator.And => Operands.All(o => o.Holds(isTaken)),
            ConditionOperator.Or => Operands.Any(o => o.Holds(isTaken)),
            ConditionOperator.If => !Operands[1].Holds(isTaken) || Operands[0].Holds(isTaken),
            ConditionOperator.Iff => Operands[0].Holds(isTaken) == Operands[1].Holds(isTaken),
            _ => throw new InvalidOperationException($"Unknown operator {Operator}."),
        };
    }

    /// <inheritdoc />
    public override string ToString()
    {
        var text = new StringBuilder();
        Write(text);
        return text.ToString();
    }

    /// <inheritdoc />
    public bool Equals(OptionCondition? other) =>
        other is not null && Operator == other.Operator && OptionId == other.OptionId && Operands.SequenceEqual(other.Operands);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Operator);
        hash.Add(OptionId);
        foreach (var operand in Operands)
        {
            hash.Add(operand);
        }

        return hash.ToHashCode();
    }

    private void Write(StringBuilder text)
    {
        switch (Operator)
        {
            case ConditionOperator.Option:
                text.Append(OptionId);
                return;
            case ConditionOperator.Not:
                text.Append("not ");
                Operands[0].WriteOperand(text);
                return;
            default:
                string word = Operator switch
                {
                    ConditionOperator.And => " and ",
                    ConditionOperator.Or => " or ",
                    ConditionOperator.If => " if ",
                    _ => " iff ",
                };
                for (int i = 0; i < Operands.Length; i++)
                {
                    if (i > 0)
                    {
                        text.Append(word);
                    }

                    Operands[i].WriteOperand(text);
                }

                return;
        }
    }

    private void WriteOperand(StringBuilder text)
    {
        bool simple = Operator is ConditionOperator.Option or ConditionOperator.Not;
        if (!simple)
        {
            text.Append('(');
        }

        Write(text);
        if (!simple)
        {
            text.Append(')');
        }
    }

    private static OptionCondition Many(ConditionOperator op, IEnumerable<OptionCondition> operands)
    {
        ArgumentNullException.ThrowIfNull(operands);
        var list = operands.ToImmutableArray();
        if (list.IsEmpty || list.Any(o => o is null))
        {
            throw new ArgumentException($"'{op}' needs at least one operand and no null operand.", nameof(operands));
        }

        return list.Length == 1 ? list[0] : new(op, null, list);
    }

    private static OptionCondition Pair(ConditionOperator op, OptionCondition q, OptionCondition p)
    {
        ArgumentNullException.ThrowIfNull(q);
        ArgumentNullException.ThrowIfNull(p);
        return new(op, null, [q, p]);
    }
}
