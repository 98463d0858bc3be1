using System.Collections.Immutable;
using Parley.Core.Stability;
using Parley.Core.Vocabulary;

namespace Parley.Formats.Words;

/// <summary>
/// Tells a <see cref="Deterrence"/> in sentences, in the options' names: which move tempts a decision
/// maker, which response deters it and why it is worse ("RU would gain by choosing to leave the talks,
/// but US would then choose to halt military aid, which RU ranks below the status quo"). Used by the
/// stability command (text and JSON) and the HTML report.
/// </summary>
public static class DeterrenceSentences
{
    /// <summary>One sentence for the decision maker at the state: why it is or is not stable, by the strongest reason.</summary>
    public static string Summary(GraphModel model, Deterrence deterrence)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(deterrence);
        string who = Who(model, deterrence.DecisionMaker);
        string where = StateWords.Reference(model, deterrence.State);
        if (deterrence.Basis == StabilityBasis.NoImprovement)
        {
            return $"{who} cannot gain by any move of its own from {where}: stable because nothing tempts it (Nash).";
        }

        string first = Improvement(model, deterrence, deterrence.Improvements[0]);
        int more = deterrence.Improvements.Length - 1;
        if (deterrence.Basis == StabilityBasis.EveryImprovementSanctioned)
        {
            return more == 0 ? first : $"{first} {Capital(more == 1 ? "its one other tempting move is" : $"its {more} other tempting moves are")} deterred too.";
        }

        int open = deterrence.Improvements.Count(i => !i.Deterred);
        return open == 1 ? first : $"{first} {Capital(open - 1 == 1 ? "one more tempting move is" : $"{open - 1} more tempting moves are")} not deterred either.";
    }

    /// <summary>One sentence for one improving move: the move, and the sanction that deters it or why none does.</summary>
    public static string Improvement(GraphModel model, Deterrence deterrence, DeterredImprovement improvement)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(deterrence);
        ArgumentNullException.ThrowIfNull(improvement);
        string who = Who(model, deterrence.DecisionMaker);
        string where = StateWords.Reference(model, deterrence.State);
        string move = Gerund(model, improvement.Taken, improvement.Dropped, improvement.To);
        if (!improvement.Deterred)
        {
            return deterrence.DecidedBy == StabilityConcept.Nash
                ? $"{who} would gain by {move}, and under Nash stability no response counts."
                : $"{who} would gain by {move}, and no {Terms.DisplayName(deterrence.DecidedBy)} response of the others leaves {who} at or below {where}.";
        }

        string response;
        if (deterrence.DecidedBy == StabilityConcept.Sim)
        {
            response = "but at the same time " + string.Join(" and ", improvement.Sanction.Select(s => $"{Who(model, s.DecisionMaker)} could {Base(model, s.Taken, s.Dropped, s.To)}"));
        }
        else
        {
            var steps = improvement.Sanction.Select((s, k) => k == 0
                ? $"{Who(model, s.DecisionMaker)} would then {Base(model, s.Taken, s.Dropped, s.To)}"
                : $"then {Who(model, s.DecisionMaker)} would {Base(model, s.Taken, s.Dropped, s.To)}");
            response = "but " + string.Join(", ", steps);
        }

        string worse = improvement.Margin > 0 ? "below" : "no higher than";
        return $"{who} would gain by {move}, {response}, which {who} ranks {worse} {where}.";
    }

    /// <summary>The basis as a JSON token: <c>no-improvement</c>, <c>sanctioned</c> or <c>unsanctioned</c>.</summary>
    public static string Token(StabilityBasis basis) => basis switch
    {
        StabilityBasis.NoImprovement => "no-improvement",
        StabilityBasis.EveryImprovementSanctioned => "sanctioned",
        _ => "unsanctioned",
    };

    private static string Who(GraphModel model, int decisionMaker) =>
        decisionMaker >= 0 && decisionMaker < model.DecisionMakerNames.Length ? model.DecisionMakerNames[decisionMaker] : "another decision maker";

    private static string Gerund(GraphModel model, ImmutableArray<int> taken, ImmutableArray<int> dropped, int to) =>
        Phrase(model, taken, dropped, to, "choosing to", "ceasing to", "moving to");

    private static string Base(GraphModel model, ImmutableArray<int> taken, ImmutableArray<int> dropped, int to) =>
        Phrase(model, taken, dropped, to, "choose to", "cease to", "move to");

    private static string Phrase(GraphModel model, ImmutableArray<int> taken, ImmutableArray<int> dropped, int to, string take, string drop, string go)
    {
        if (!model.IsOptionForm || (taken.IsDefaultOrEmpty && dropped.IsDefaultOrEmpty))
        {
            return $"{go} {StateWords.Full(model, to)}";
        }

        var parts = new List<string>();
        if (!taken.IsDefaultOrEmpty)
        {
            parts.Add($"{take} {string.Join(" and ", taken.Select(b => model.OptionNames[b]))}");
        }

        if (!dropped.IsDefaultOrEmpty)
        {
            parts.Add($"{drop} {string.Join(" and ", dropped.Select(b => model.OptionNames[b]))}");
        }

        return string.Join(" and ", parts);
    }

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
