using System.Collections.Immutable;
using Parley.Core.Stability;

namespace Parley.Core.Analysis;

/// <summary>
/// The reasons behind the verdicts, compared between two variants: a lever can change why a verdict
/// holds without changing the verdict (it removes one blocking demand of several, widens the common
/// ground on an issue, or replaces the sanction that holds the status quo).
/// </summary>
internal static class ReasonChanges
{
    /// <summary>Per track, the blocking demands and the common ground per issue; per issue, each forecast model's reading; per concept, what holds the status quo.</summary>
    public static IEnumerable<LensChange> Between(VariantAnalysis before, VariantAnalysis after)
    {
        foreach (var b in before.Agreement)
        {
            if (after.Agreement.FirstOrDefault(x => x.Track == b.Track) is not { } a)
            {
                continue;
            }

            var demandsBefore = Demands(b);
            var demandsAfter = Demands(a);
            if (demandsBefore.Count > 0 || demandsAfter.Count > 0)
            {
                var removed = demandsBefore.Except(demandsAfter, StringComparer.Ordinal).ToList();
                var added = demandsAfter.Except(demandsBefore, StringComparer.Ordinal).ToList();
                yield return new LensChange("agreement", $"{b.Track}: blocking demands", List(demandsBefore), Delta(demandsAfter, added, removed), removed.Count > 0 || added.Count > 0);
            }

            foreach (var ib in b.CommonGround)
            {
                if (a.CommonGround.FirstOrDefault(x => x.IssueId == ib.IssueId) is not { } ia)
                {
                    continue;
                }

                string gb = Ground(ib.Options);
                string ga = Ground(ia.Options);
                yield return new LensChange("agreement", $"{b.Track}: common ground on {ib.IssueId}", gb, ga, gb != ga);
            }
        }

        foreach (var fb in before.Forecasts)
        {
            if (after.Forecasts.FirstOrDefault(x => x.IssueId == fb.IssueId) is not { } fa)
            {
                continue;
            }

            // Each model's reading of the issue (the option nearest its point forecast, or the value):
            // the models can part ways under a lever even when the Monte Carlo median stays.
            string rb = Readings(fb);
            string ra = Readings(fa);
            yield return new LensChange("forecast", $"{fb.IssueId}: model readings", rb, ra, rb != ra);
        }

        if (before.Stability is { } sb && after.Stability is { } sa)
        {
            foreach (var cb in sb.Concepts)
            {
                if (sa.Concepts.FirstOrDefault(x => x.Concept == cb.Concept) is not { } ca || sb.Model is not { } mb || sa.Model is not { } ma)
                {
                    continue;
                }

                string hb = Held(mb, cb.Deterrence);
                string ha = Held(ma, ca.Deterrence);
                yield return new LensChange("stability", $"what holds the status quo under {StabilityLens.Concept(cb.Concept)}", hb, ha, hb != ha);
            }
        }
    }

    private static string Readings(IssueForecast forecast) => string.Join("; ", forecast.Models.Select(m =>
        $"{Vocabulary.Terms.DisplayName(m.Model)}: {m.NearestOption ?? (m.Value is double v ? LeverComparer.Format(v) : "none")}"));

    /// <summary>Every demand of every minimal blocking set, once, in order.</summary>
    private static List<string> Demands(TrackAgreement track) =>
        [.. track.Blocking.SelectMany(b => b.Demands).Distinct(StringComparer.Ordinal)];

    private static string List(List<string> demands) => demands.Count == 0 ? "none" : string.Join("; ", demands);

    private static string Delta(List<string> after, List<string> added, List<string> removed)
    {
        if (added.Count == 0 && removed.Count == 0)
        {
            return List(after);
        }

        var parts = new List<string>();
        if (removed.Count > 0)
        {
            parts.Add("− " + string.Join("; − ", removed));
        }

        if (added.Count > 0)
        {
            parts.Add("+ " + string.Join("; + ", added));
        }

        return string.Join("; ", parts);
    }

    private static string Ground(ImmutableArray<string> options) => options.IsEmpty ? "none" : string.Join(", ", options);

    /// <summary>"RU deterred by US; UA undeterred", or "nothing tempts anyone to move".</summary>
    private static string Held(GraphModel model, ImmutableArray<Deterrence> deterrence)
    {
        if (deterrence.IsDefaultOrEmpty)
        {
            return "no status quo";
        }

        var tempted = deterrence.Where(d => d.Basis != StabilityBasis.NoImprovement).ToList();
        if (tempted.Count == 0)
        {
            return "nothing tempts anyone to move";
        }

        return string.Join("; ", tempted.Select(d => d.Basis == StabilityBasis.EveryImprovementSanctioned
            ? $"{model.DecisionMakers[d.DecisionMaker]} deterred by {string.Join(" and ", d.Improvements.SelectMany(i => i.Sanction).Select(s => model.DecisionMakers[s.DecisionMaker]).Distinct())}"
            : $"{model.DecisionMakers[d.DecisionMaker]} undeterred"));
    }
}
