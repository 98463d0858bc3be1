using System.Numerics;
using Parley.Core.Model.Conflicts;

namespace Parley.Core.Stability;

/// <summary>
/// A unit that moves in one step: one decision maker, or a block of a coalition partition (gmcr-py
/// semantics) whose joint option changes are one move and whose improvement needs every member
/// strictly better off.
/// </summary>
internal sealed class Mover
{
    public Mover(GraphModel model, int[] members)
    {
        Members = members;
        foreach (int d in members)
        {
            Mask |= model.DecisionMakerMask[d];
            ForwardOnly |= model.ForwardOnlyMask[d];
            BackwardOnly |= model.BackwardOnlyMask[d];
        }

        Name = string.Join("+", members.Select(d => model.DecisionMakers[d]));
        MaxMoves = model.MaxMoves(Mask, members[0]);
        if (!model.IsOptionForm && members.Length > 1)
        {
            throw new ArgumentException("Coalition blocks need a conflict in option form.", nameof(members));
        }
    }

    public int[] Members { get; }

    public int Mask { get; }

    public int ForwardOnly { get; }

    public int BackwardOnly { get; }

    public string Name { get; }

    public int MaxMoves { get; }

    public bool IsSingleton => Members.Length == 1;

    public int OptionCount => BitOperations.PopCount((uint)Mask);

    public int Moves(GraphModel model, int state, Span<int> buffer) =>
        model.Moves(Mask, ForwardOnly, BackwardOnly, Members[0], state, buffer);

    /// <summary>True when every member strictly prefers <paramref name="to"/> to <paramref name="from"/>.</summary>
    public bool Improves(GraphModel model, int from, int to)
    {
        foreach (int d in Members)
        {
            if (model.Rank(d, to) <= model.Rank(d, from))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when some member does not prefer <paramref name="state"/> to <paramref name="reference"/> (a sanction deters the block).</summary>
    public bool Deters(GraphModel model, int state, int reference)
    {
        foreach (int d in Members)
        {
            if (model.Rank(d, state) <= model.Rank(d, reference))
            {
                return true;
            }
        }

        return false;
    }
}
