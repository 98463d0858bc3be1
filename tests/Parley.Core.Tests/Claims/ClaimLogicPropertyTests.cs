using CsCheck;
using Parley.Core.Claims;
using static Parley.Core.Tests.Claims.ClaimFixtures;

namespace Parley.Core.Tests.Claims;

/// <summary>
/// Random tests built from three kinds of leaf — true, false and unknown (a query the scenario cannot
/// answer) — checked against a literal truth-table oracle of three-valued logic; and parse, print,
/// parse again gives the same tree.
/// </summary>
public sealed class ClaimLogicPropertyTests
{
    // On TwoParties: t1's space is not empty, t2's is; track 'nowhere' does not exist.
    private static readonly string[] Leaves = ["agreement(track: t2).empty", "agreement(track: t1).empty", "agreement(track: nowhere).empty"];

    private static readonly bool?[] LeafValues = [true, false, null];

    private static readonly Gen<Node> Tree = Gen.Recursive<Node>((depth, tree) => depth >= 4
        ? Gen.Int[0, 2].Select(i => (Node)new Leaf(i))
        : Gen.OneOf(
            Gen.Int[0, 2].Select(i => (Node)new Leaf(i)),
            tree.Select(n => (Node)new Not(n)),
            Gen.Select(tree, tree, Gen.Int[0, 3], (a, b, op) => (Node)new Binary(a, b, op))));

    [Fact]
    public void Evaluate_RandomTest_AgreesWithTheTruthTableOracle()
    {
        var scenario = TwoParties();
        Tree.Sample(node =>
        {
            var result = Assert.Single(ClaimEvaluation.Evaluate(scenario.With(claims: [Claim("c", node.Text)])).Claims);
            var expected = node.Oracle() switch
            {
                true => ClaimVerdict.Supported,
                false => ClaimVerdict.Refuted,
                null => ClaimVerdict.Undecidable,
            };
            Assert.Equal(expected, result.Verdict);
        }, iter: 150);
    }

    [Fact]
    public void Parse_PrintedTree_ParsesToTheSameTree()
    {
        Tree.Sample(node =>
        {
            var first = ClaimTest.Parse(node.Text);
            Assert.True(first.IsValid, node.Text);
            var again = ClaimTest.Parse(first.Expression!.ToString());
            Assert.True(again.IsValid, first.Expression.ToString());
            Assert.Equal(first.Expression.ToString(), again.Expression!.ToString());
        }, iter: 300);
    }

    private abstract record Node
    {
        public abstract string Text { get; }

        public abstract bool? Oracle();
    }

    private sealed record Leaf(int Index) : Node
    {
        public override string Text => Leaves[Index];

        public override bool? Oracle() => LeafValues[Index];
    }

    private sealed record Not(Node Operand) : Node
    {
        public override string Text => $"not ({Operand.Text})";

        public override bool? Oracle() => Operand.Oracle() is bool b ? !b : null;
    }

    /// <summary>0 and, 1 or, 2 ==, 3 != (on truth values).</summary>
    private sealed record Binary(Node Left, Node Right, int Operator) : Node
    {
        public override string Text => $"({Left.Text}) {(Operator switch { 0 => "and", 1 => "or", 2 => "==", _ => "!=" })} ({Right.Text})";

        public override bool? Oracle()
        {
            bool? a = Left.Oracle(), b = Right.Oracle();
            return Operator switch
            {
                0 => a == false || b == false ? false : a is null || b is null ? null : true,
                1 => a == true || b == true ? true : a is null || b is null ? null : false,
                2 => a is null || b is null ? null : a == b,
                _ => a is null || b is null ? null : a != b,
            };
        }
    }
}
