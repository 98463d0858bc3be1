using System.Collections.Immutable;
using Parley.Core.Model;

namespace Parley.Core.Tests.Model;

/// <summary>Small scenarios built in code for Core tests.</summary>
internal static class ScenarioFactory
{
    public static Issue Discrete(string id, string track, params string[] options) =>
        new(id, id, track, IssueKind.Discrete, [.. options.Select(o => new IssueOption(o, o, null))], null, [], null, null);

    public static IssuePosition Stand(Issue issue, string preferred, double weight, params string[] acceptable)
    {
        int p = issue.IndexOfOption(preferred);
        int n = issue.Options.Length;
        int far = Math.Max(p, n - 1 - p);
        var values = Enumerable.Range(0, n).Select(k => far == 0 ? 1.0 : 1.0 - ((double)Math.Abs(k - p) / far)).ToImmutableArray();
        return new IssuePosition(issue.Id, preferred, null, acceptable.Length == 0 ? [.. issue.Options.Select(o => o.Id)] : [.. acceptable], null, Figure.Assumed(weight), values, Provenance.Assumption, null, []);
    }

    /// <summary>Two parties A and B, a backer K, issues x (a, b, c) and y (p, q).</summary>
    public static Scenario TwoParties()
    {
        var x = Discrete("x", "t1", "a", "b", "c");
        var y = Discrete("y", "t2", "p", "q");
        Actor[] actors =
        [
            new("A", "A", ActorRole.Party, Figure.Assumed(0.5), [], null, []),
            new("B", "B", ActorRole.Party, Figure.Assumed(0.5), [], null, []),
            new("K", "K", ActorRole.Backer, null, ["B"], null, []),
        ];
        Position[] positions =
        [
            new("A", [Stand(x, "a", 0.5, "a", "b"), Stand(y, "p", 0.5)], Figure.Assumed(0.2), []),
            new("B", [Stand(x, "c", 0.8, "b", "c"), Stand(y, "q", 0.2)], Figure.Assumed(0.3), []),
        ];
        Lever[] levers =
        [
            new("l", "l", "K", [new WalkAwayChange("B", new ValueChange(ChangeMode.Add, 0.5))], null, null, Provenance.Assumption, []),
        ];
        return new Scenario("two", "Two parties", null, [], [.. actors], [x, y], [.. positions], [], [.. levers], []);
    }
}
