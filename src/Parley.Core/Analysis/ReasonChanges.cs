using System.Collections.Immutable;
using Parley.Core.Analysis.Changes;
using Parley.Core.Session;
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
            if (demandsBefore.Length > 0 || demandsAfter.Length > 0)
            {
                ImmutableArray<string> removed = [.. demandsBefore.Except(demandsAfter, StringComparer.Ordinal)];
                ImmutableArray<string> added = [.. demandsAfter.Except(demandsBefore, StringComparer.Ordinal)];
                yield return new LensChange(
                    LensKind.Agreement,
                    new ChangeSubject(ChangeAspect.BlockingDemands, Track: b.Track),
                    new DemandsReading(demandsBefore, [], []),
                    new DemandsReading(demandsAfter, added, removed),
                    removed.Length > 0 || added.Length > 0);
            }

            foreach (var ib in b.CommonGround)
            {
                if (a.CommonGround.FirstOrDefault(x => x.IssueId == ib.IssueId) is not { } ia)
                {
                    continue;
                }

                yield return new LensChange(
                    LensKind.Agreement,
                    new ChangeSubject(ChangeAspect.CommonGround, Track: b.Track, Issue: ib.IssueId),
                    new CommonGroundReading(ib.Options),
                    new CommonGroundReading(ia.Options),
                    !ib.Options.SequenceEqual(ia.Options, StringComparer.Ordinal));
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
            var rb = Readings(fb);
            var ra = Readings(fa);
            yield return new LensChange(LensKind.Forecast, new ChangeSubject(ChangeAspect.ModelReadings, Issue: fb.IssueId), rb, ra, !SameReadings(rb, ra));
        }

        if (before.Stability is { } sb && after.Stability is { } sa)
        {
            foreach (var cb in sb.Concepts)
            {
                if (sa.Concepts.FirstOrDefault(x => x.Concept == cb.Concept) is not { } ca || sb.Model is not { } mb || sa.Model is not { } ma)
                {
                    continue;
                }

                var hb = Held(mb, cb.Deterrence);
                var ha = Held(ma, ca.Deterrence);
                yield return new LensChange(LensKind.Stability, new ChangeSubject(ChangeAspect.StatusQuoHold, Concept: cb.Concept), hb, ha, !SameHold(hb, ha));
            }
        }
    }

    private static ModelPointsReading Readings(IssueForecast forecast) =>
        new([.. forecast.Models.Select(m => new ModelPoint(m.Model, m.NearestOption, m.Value))]);

    // Two readings are the same when every model reads the same option, or the same value to a tenth (as printed).
    private static bool SameReadings(ModelPointsReading before, ModelPointsReading after) =>
        before.Models.Length == after.Models.Length
        && before.Models.Zip(after.Models).All(p => p.First.Model == p.Second.Model && Shown(p.First) == Shown(p.Second));

    private static string Shown(ModelPoint point) =>
        point.NearestOption ?? (point.Value is double v ? LeverComparer.Tenth(v) : "none");

    /// <summary>Every demand of every minimal blocking set, once, in order.</summary>
    private static ImmutableArray<string> Demands(TrackAgreement track) =>
        [.. track.Blocking.SelectMany(b => b.Demands).Distinct(StringComparer.Ordinal)];

    /// <summary>Who is tempted to move from the status quo, and by whose sanctions each is deterred.</summary>
    private static StatusQuoHoldReading Held(GraphModel model, ImmutableArray<Deterrence> deterrence)
    {
        if (deterrence.IsDefaultOrEmpty)
        {
            return new StatusQuoHoldReading(false, []);
        }

        return new StatusQuoHoldReading(true, [.. deterrence.Where(d => d.Basis != StabilityBasis.NoImprovement).Select(d => d.Basis == StabilityBasis.EveryImprovementSanctioned
            ? new DecisionMakerHold(model.DecisionMakers[d.DecisionMaker], true, [.. d.Improvements.SelectMany(i => i.Sanction).Select(s => model.DecisionMakers[s.DecisionMaker]).Distinct()])
            : new DecisionMakerHold(model.DecisionMakers[d.DecisionMaker], false, []))]);
    }

    private static bool SameHold(StatusQuoHoldReading before, StatusQuoHoldReading after) =>
        before.HasStatusQuo == after.HasStatusQuo
        && before.Tempted.Length == after.Tempted.Length
        && before.Tempted.Zip(after.Tempted).All(p => p.First.DecisionMaker == p.Second.DecisionMaker
            && p.First.Deterred == p.Second.Deterred
            && p.First.DeterredBy.SequenceEqual(p.Second.DeterredBy, StringComparer.Ordinal));
}
