using System.Collections.Immutable;
using System.Globalization;
using Parley.Core.Analysis.Changes;
using Parley.Core.Session;
using Parley.Core.Stability;

namespace Parley.Core.Analysis;

/// <summary>Compares a variant with the scenario as given, lens by lens, as typed readings (the words are made outside Core).</summary>
internal static class LeverComparer
{
    // A forecast median "moves" when it shifts by more than this share of the issue's scale: smaller
    // shifts are within the noise of 1,000 Monte Carlo draws and of the models' rounding.
    private const double MedianShareThreshold = 0.01;

    public static LeverComparison Compare(VariantAnalysis before, VariantAnalysis after)
    {
        var changes = ImmutableArray.CreateBuilder<LensChange>();
        var shifts = ImmutableArray.CreateBuilder<EquilibriumShift>();
        if (after.Failure is not null)
        {
            return new LeverComparison(after.Id, after.Name, [], after.Failure);
        }

        foreach (var b in before.Agreement)
        {
            var a = after.Agreement.FirstOrDefault(x => x.Track == b.Track);
            if (a is null)
            {
                continue;
            }

            changes.Add(new LensChange(LensKind.Agreement, new ChangeSubject(ChangeAspect.Verdict, Track: b.Track), new VerdictReading(b.Verdict), new VerdictReading(a.Verdict), a.Verdict != b.Verdict));
            // Compared as counts, not as text: bounds and exact counts that print alike are still different answers.
            changes.Add(new LensChange(LensKind.Agreement, new ChangeSubject(ChangeAspect.AcceptablePackages, Track: b.Track), new PackageCountReading(b.Acceptable), new PackageCountReading(a.Acceptable), a.Acceptable != b.Acceptable));
        }

        if (before.Stability is { } sb && after.Stability is { } sa)
        {
            foreach (var cb in sb.Concepts)
            {
                var ca = sa.Concepts.FirstOrDefault(x => x.Concept == cb.Concept);
                if (ca is null)
                {
                    continue;
                }

                changes.Add(new LensChange(LensKind.Stability, new ChangeSubject(ChangeAspect.StatusQuoStability, Concept: cb.Concept), new StatusQuoStabilityReading(cb.StatusQuoStable), new StatusQuoStabilityReading(ca.StatusQuoStable), cb.StatusQuoStable != ca.StatusQuoStable));
                var subject = new ChangeSubject(ChangeAspect.Equilibria, Concept: cb.Concept);
                if (sb.Model is { } mb && sa.Model is { } ma)
                {
                    // States are matched by the options taken, so a lever that renumbers them is read right.
                    var shift = EquilibriumShift.Between(cb.Concept, mb, cb.Equilibria, ma, ca.Equilibria);
                    shifts.Add(shift);
                    changes.Add(new LensChange(LensKind.Stability, subject, new EquilibriumCountReading(shift.Before), new EquilibriumShiftReading(shift), !shift.Gained.IsEmpty || !shift.Lost.IsEmpty));
                }
                else
                {
                    // Compared as sets of state ids (ordered numbers can shift under a lever).
                    var statesBefore = Ids(sb, cb.Equilibria);
                    var statesAfter = Ids(sa, ca.Equilibria);
                    bool same = statesBefore.ToHashSet(StringComparer.Ordinal).SetEquals(statesAfter);
                    changes.Add(new LensChange(LensKind.Stability, subject, new EquilibriumStatesReading(statesBefore), new EquilibriumStatesReading(statesAfter), !same));
                }
            }
        }

        changes.AddRange(ReasonChanges.Between(before, after));

        foreach (var fb in before.Forecasts)
        {
            var fa = after.Forecasts.FirstOrDefault(x => x.IssueId == fb.IssueId);
            if (fa is null)
            {
                continue;
            }

            double threshold = MedianShareThreshold * Math.Abs(fb.AxisMax - fb.AxisMin);
            bool moved = Math.Abs(fa.Uncertainty.Median - fb.Uncertainty.Median) > threshold || ShapeMoved(fb.Uncertainty.Shape, fa.Uncertainty.Shape);
            changes.Add(new LensChange(LensKind.Forecast, new ChangeSubject(ChangeAspect.ForecastReading, Issue: fb.IssueId), MonteCarlo(fb), MonteCarlo(fa), moved));
        }

        foreach (var wb in before.Windows)
        {
            var wa = after.Windows.FirstOrDefault(x => x.Track == wb.Track);
            if (wa is null)
            {
                continue;
            }

            changes.Add(new LensChange(LensKind.Windows, new ChangeSubject(ChangeAspect.Windows, Track: wb.Track), new WindowsReading(wb.Windows, wb.Horizon), new WindowsReading(wa.Windows, wa.Horizon), !SameWindows(wb, wa)));
        }

        return new LeverComparison(after.Id, after.Name, changes.ToImmutable(), null, shifts.ToImmutable());
    }

    /// <summary>
    /// A value as compared: to a tenth, exactly as it is printed (<c>0.#</c>), so two values that read alike
    /// count as the same answer.
    /// </summary>
    public static string Tenth(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    // A state by its stable id, or by its ordinal when it has none.
    private static ImmutableArray<string> Ids(StabilitySummary summary, ImmutableArray<int> states) =>
        [.. states.Select(s => summary.States.FirstOrDefault(n => n.Index == s)?.Label ?? (s + 1).ToString(CultureInfo.InvariantCulture))];

    // Windows are the same when their ends agree to a tenth of a time unit: the bisection locates each end to
    // within that, so smaller differences are the search's, not the lever's.
    private static bool SameWindows(TrackTimeline before, TrackTimeline after)
    {
        if (before.Windows.Length != after.Windows.Length)
        {
            return false;
        }

        static double Tenth(double value) => Math.Round(value, 1, MidpointRounding.AwayFromZero);
        for (int k = 0; k < before.Windows.Length; k++)
        {
            var (b, a) = (before.Windows[k], after.Windows[k]);
            double bStart = b.OpenAtStart ? 0 : b.OpensBy, aStart = a.OpenAtStart ? 0 : a.OpensBy;
            double bEnd = b.OpenAtEnd ? before.Horizon : b.ClosesAfter, aEnd = a.OpenAtEnd ? after.Horizon : a.ClosesAfter;
            if (Tenth(bStart) != Tenth(aStart) || Tenth(bEnd) != Tenth(aEnd))
            {
                return false;
            }
        }

        return true;
    }

    // The expected-utility Monte Carlo reading; values carry the issue's unit unless they are read as options.
    private static MonteCarloReading MonteCarlo(IssueForecast f) => new(
        f.Uncertainty.Shape.Reading,
        f.Uncertainty.Shape.Modes,
        f.Uncertainty.Median,
        f.Uncertainty.MedianOption,
        f.Uncertainty.P05,
        f.Uncertainty.P95,
        f.Positions.IsEmpty || f.Uncertainty.MedianOption is not null ? null : f.Unit);

    // A lever changes a forecast's reading when the kind of reading or its modes' options change, or a mode's
    // share moves by at least two percentage points (draws share their seed, so this is the lever's effect).
    private static bool ShapeMoved(ForecastShape before, ForecastShape after)
    {
        if (before.Reading != after.Reading || before.Modes.Length != after.Modes.Length)
        {
            return true;
        }

        for (int m = 0; m < before.Modes.Length; m++)
        {
            if (before.Modes[m].Option != after.Modes[m].Option || Math.Abs(before.Modes[m].Share - after.Modes[m].Share) >= 0.02)
            {
                return true;
            }
        }

        return false;
    }
}
