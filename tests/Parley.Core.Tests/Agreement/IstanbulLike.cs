using System.Collections.Immutable;
using Parley.Core.Model;

namespace Parley.Core.Tests.Agreement;

/// <summary>
/// A small scenario shaped like the 2025 Istanbul talks, built in code with figures chosen so every
/// expected answer can be worked out by hand (see the comments in <see cref="AgreementAnalysisTests"/>).
/// </summary>
internal static class IstanbulLike
{
    public static Scenario Create(bool withPositionlessTrack = false)
    {
        var sources = ImmutableArray.Create(
            new Source("R1", "Russian memorandum", "TASS", "2025-06-02", null),
            new Source("U1", "Ukrainian memorandum", "Reuters", "2025-06-02", null),
            new Source("A19", "US 28-point draft", "Axios", "2025-11-20", null));
        var actors = ImmutableArray.Create(
            new Actor("RU", "Russia", ActorRole.Party, null, [], null, []),
            new Actor("UA", "Ukraine", ActorRole.Party, null, [], null, []),
            new Actor("US", "United States", ActorRole.Mediator, null, [], null, []),
            new Actor("TR", "Turkey", ActorRole.Host, null, [], null, []));
        var issues = ImmutableArray.CreateBuilder<Issue>();
        issues.Add(Discrete("ceasefire-timing", "ceasefire", "unconditional-30-days", "after-withdrawal", "no-ceasefire"));
        issues.Add(Discrete("territory", "settlement", "recognition", "freeze-line", "restore-1991"));
        issues.Add(Discrete("nato", "settlement", "neutral", "open"));
        issues.Add(Discrete("prisoner-exchange", "humanitarian", "all-for-all", "1000-for-1000", "none"));
        issues.Add(Discrete("return-of-dead", "humanitarian", "transfer-6000", "none"));
        if (withPositionlessTrack)
        {
            issues.Add(Discrete("zaporizhzhia-plant", "energy", "joint", "iaea"));
        }

        var ru = new Position("RU",
        [
            Stand("ceasefire-timing", 0.2, [0.2, 1, 0.6], ["after-withdrawal"], "R1"),
            Stand("territory", 0.35, [1, 0.4, 0], ["recognition"], "R1"),
            Stand("nato", 0.25, [1, 0], ["neutral"], "R1"),
            Stand("prisoner-exchange", 0.1, [0.3, 1, 0.5], ["1000-for-1000"], "R1"),
            Stand("return-of-dead", 0.1, [1, 0.4], ["transfer-6000", "none"], "R1"),
        ], Figure.Assumed(0.5), ["R1"]);
        var ua = new Position("UA",
        [
            Stand("ceasefire-timing", 0.25, [1, 0, 0.1], ["unconditional-30-days"], "U1"),
            Stand("territory", 0.35, [0, 0.5, 1], ["freeze-line", "restore-1991"], "U1"),
            Stand("nato", 0.2, [0.3, 1], ["neutral", "open"], "U1"),
            Stand("prisoner-exchange", 0.12, [1, 0.6, 0], ["all-for-all", "1000-for-1000"], "U1"),
            Stand("return-of-dead", 0.08, [1, 0], ["transfer-6000", "none"], "U1"),
        ], Figure.Assumed(0.5), ["U1"]);
        var proposal = new Proposal("us-framework", "US framework", "US", "2025-11-20",
        [
            new ProposalTerm("ceasefire-timing", "unconditional-30-days", null),
            new ProposalTerm("territory", "freeze-line", null),
            new ProposalTerm("nato", "neutral", null),
            new ProposalTerm("prisoner-exchange", "all-for-all", null),
            new ProposalTerm("return-of-dead", "transfer-6000", null),
        ], null, ["A19"]);
        var humanitarian = new Proposal("istanbul-exchange", "Istanbul exchange", "TR", "2025-06-02",
        [
            new ProposalTerm("prisoner-exchange", "all-for-all", null),
            new ProposalTerm("return-of-dead", "none", null),
        ], null, []);
        var lever = new Lever("ua-accepts-withdrawal", "Ukraine accepts a ceasefire after withdrawal", "US",
            [new AcceptanceChange("UA", "ceasefire-timing", "after-withdrawal", true)], null, null, Provenance.Assumption, []);
        var walkAway = new Lever("ru-walk-away-drops", "Russia's walk-away value falls", "US",
            [new WalkAwayChange("RU", new ValueChange(ChangeMode.Set, 0.1))], null, null, Provenance.Assumption, []);
        return new Scenario("istanbul-like", "Istanbul-like talks", null, sources, actors, issues.ToImmutable(), [ru, ua],
            [proposal, humanitarian], [lever, walkAway], []);
    }

    private static Issue Discrete(string id, string track, params string[] options) =>
        new(id, id, track, IssueKind.Discrete, [.. options.Select(o => new IssueOption(o, o, null))], null, [], null, null);

    private static IssuePosition Stand(string issue, double weight, double[] values, string[] acceptable, string source) =>
        new(issue, null, null, [.. acceptable], null, Figure.Assumed(weight), [.. values], Provenance.Stated, null, [source]);
}
