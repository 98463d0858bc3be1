using System.Collections.Immutable;
using System.Globalization;
using Parley.Core.Agreement;
using Parley.Core.Stability;

namespace Parley.Core.Analysis;

/// <summary>Compares a variant with the scenario as given, lens by lens.</summary>
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
            return new LeverComparison(after.Id, after.Name, [], $"Not analysed: {after.Failure}");
        }

        foreach (var b in before.Agreement)
        {
            var a = after.Agreement.FirstOrDefault(x => x.Track == b.Track);
            if (a is null)
            {
                continue;
            }

            changes.Add(new LensChange("agreement", $"{b.Track}: verdict", Verdict(b.Verdict), Verdict(a.Verdict), a.Verdict != b.Verdict));
            // Compared as counts, not as text: bounds and exact counts that print alike are still different answers.
            changes.Add(new LensChange("agreement", $"{b.Track}: acceptable packages", Count(b.Acceptable), Count(a.Acceptable), a.Acceptable != b.Acceptable));
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

                string name = StabilityLens.Concept(cb.Concept);
                changes.Add(new LensChange("stability", $"status quo under {name}", Stable(cb.StatusQuoStable), Stable(ca.StatusQuoStable), cb.StatusQuoStable != ca.StatusQuoStable));
                if (sb.Model is { } mb && sa.Model is { } ma)
                {
                    // States are matched by the options taken, so a lever that renumbers them is read right.
                    var shift = EquilibriumShift.Between(cb.Concept, mb, cb.Equilibria, ma, ca.Equilibria);
                    shifts.Add(shift);
                    changes.Add(new LensChange("stability", $"{name} equilibria", Count(shift.Before), Shift(shift), !shift.Gained.IsEmpty || !shift.Lost.IsEmpty));
                }
                else
                {
                    // Compared as sets of state ids (ordered numbers can shift under a lever), then described.
                    bool same = Ids(sb, cb.Equilibria).SetEquals(Ids(sa, ca.Equilibria));
                    changes.Add(new LensChange("stability", $"{name} equilibria", States(sb, cb.Equilibria), States(sa, ca.Equilibria), !same));
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
            changes.Add(new LensChange("forecast", $"{fb.IssueId}: reading", Median(fb), Median(fa), moved));
        }

        foreach (var wb in before.Windows)
        {
            var wa = after.Windows.FirstOrDefault(x => x.Track == wb.Track);
            if (wa is null)
            {
                continue;
            }

            changes.Add(new LensChange("windows", $"{wb.Track}: open", Windows(wb), Windows(wa), !SameWindows(wb, wa)));
        }

        var changed = changes.Where(c => c.Changed).ToList();
        string summary = changed.Count == 0
            ? "Changes no answer of any lens."
            : string.Join("; ", changed.Select(c => $"{c.Subject}: {c.Before} → {c.After}")) + ".";
        return new LeverComparison(after.Id, after.Name, changes.ToImmutable(), summary, shifts.ToImmutable());
    }

    public static string Verdict(AgreementVerdict verdict) => verdict switch
    {
        AgreementVerdict.AgreementPossible => "deal possible",
        AgreementVerdict.NoAgreement => "no deal",
        _ => "no positions",
    };

    private static string Stable(bool? stable) => stable switch
    {
        true => "stable",
        false => "not stable",
        null => "no status quo",
    };

    private static HashSet<string> Ids(StabilitySummary summary, ImmutableArray<int> states) =>
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

    private static string States(StabilitySummary summary, ImmutableArray<int> states) =>
        states.IsEmpty ? "none" : string.Join(", ", states.Select(s => summary.States.FirstOrDefault(n => n.Index == s)?.Label ?? (s + 1).ToString(CultureInfo.InvariantCulture)));

    private static string Count(SpaceSize size) => size.IsExact
        ? size.Lower.ToString(CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{size.Lower}–{size.Upper}");

    private static string Count(int equilibria) => equilibria == 1 ? "1 equilibrium" : $"{equilibria} equilibria";

    /// <summary>"4 equilibria: 2 new, 1 lost" (or "…: the same states"); the lists themselves are in <see cref="LeverComparison.EquilibriumShifts"/>.</summary>
    private static string Shift(EquilibriumShift shift)
    {
        if (shift.Gained.IsEmpty && shift.Lost.IsEmpty)
        {
            return $"{Count(shift.After)}: the same states";
        }

        var parts = new List<string>();
        if (!shift.Gained.IsEmpty)
        {
            parts.Add($"{shift.Gained.Length} new");
        }

        if (!shift.Lost.IsEmpty)
        {
            parts.Add($"{shift.Lost.Length} lost");
        }

        return $"{Count(shift.After)}: {string.Join(", ", parts)}";
    }

    // The expected-utility Monte Carlo reading: a split or undetermined forecast is never shown as one value
    // (the median of a split distribution sits on one mode and hides how the shares move).
    private static string Median(IssueForecast f)
    {
        var shape = f.Uncertainty.Shape;
        string unit = f.Positions.IsEmpty || f.Uncertainty.MedianOption is not null ? string.Empty : " " + f.Unit;
        string Mode(ModeEstimate m) => $"{m.Option ?? Format(m.Value) + unit} ({Math.Round(m.Share * 100).ToString(CultureInfo.InvariantCulture)} %)";
        return shape.Reading switch
        {
            Forecast.ForecastReading.Split => "either " + string.Join(" or ", shape.Modes.Select(Mode)),
            Forecast.ForecastReading.Undetermined => $"cannot tell ({Format(f.Uncertainty.P05)}–{Format(f.Uncertainty.P95)}{unit})",
            _ => f.Uncertainty.MedianOption is { } option ? $"{Format(f.Uncertainty.Median)} ({option})" : Format(f.Uncertainty.Median) + unit,
        };
    }

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

    private static string Windows(TrackTimeline t)
    {
        if (t.Windows.IsEmpty)
        {
            return "never";
        }

        return string.Join(", ", t.Windows.Select(w =>
            $"{(w.OpenAtStart ? "0" : Format(w.OpensBy))}–{(w.OpenAtEnd ? Format(t.Horizon) : Format(w.ClosesAfter))}"));
    }

    public static string Format(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
