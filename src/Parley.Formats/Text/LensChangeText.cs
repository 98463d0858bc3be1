using System.Globalization;
using Parley.Core.Agreement;
using Parley.Core.Analysis;
using Parley.Core.Analysis.Changes;
using Parley.Core.Forecast;
using Parley.Core.Session;
using Parley.Core.Vocabulary;

namespace Parley.Formats.Text;

/// <summary>
/// A lever comparison in words, the one place they are made: the JSON (<c>LensChangeDto</c>,
/// <c>LeverComparisonDto</c>), the console, the report and the web read the same text from here.
/// </summary>
public static class LensChangeText
{
    /// <summary>The lens's name in a comparison: agreement, stability, forecast or windows.</summary>
    public static string Lens(LensKind lens) => lens switch
    {
        LensKind.Windows => "windows",
        _ => Terms.Token(lens),
    };

    /// <summary>What is compared: "humanitarian: verdict", "status quo under GMR", "territory: reading" ….</summary>
    public static string Subject(ChangeSubject subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        string concept = subject.Concept is { } c ? Terms.DisplayName(c) : string.Empty;
        return subject.Aspect switch
        {
            ChangeAspect.Verdict => $"{subject.Track}: verdict",
            ChangeAspect.AcceptablePackages => $"{subject.Track}: acceptable packages",
            ChangeAspect.BlockingDemands => $"{subject.Track}: blocking demands",
            ChangeAspect.CommonGround => $"{subject.Track}: common ground on {subject.Issue}",
            ChangeAspect.StatusQuoStability => $"status quo under {concept}",
            ChangeAspect.Equilibria => $"{concept} equilibria",
            ChangeAspect.StatusQuoHold => $"what holds the status quo under {concept}",
            ChangeAspect.ForecastReading => $"{subject.Issue}: reading",
            ChangeAspect.ModelReadings => $"{subject.Issue}: model readings",
            _ => $"{subject.Track}: open",
        };
    }

    /// <summary>A reading in words: "deal possible", "4 equilibria: 2 new, 1 lost", "either X (60 %) or Y (40 %)" ….</summary>
    public static string Reading(LensReading reading) => reading switch
    {
        VerdictReading r => Verdict(r.Verdict),
        PackageCountReading r => Count(r.Count),
        StatusQuoStabilityReading r => r.Stable switch
        {
            true => "stable",
            false => "not stable",
            null => "no status quo",
        },
        EquilibriumCountReading r => Equilibria(r.Count),
        EquilibriumShiftReading r => Shift(r),
        EquilibriumStatesReading r => r.States.IsEmpty ? "none" : string.Join(", ", r.States),
        DemandsReading r => Demands(r),
        CommonGroundReading r => r.Options.IsEmpty ? "none" : string.Join(", ", r.Options),
        ModelPointsReading r => string.Join("; ", r.Models.Select(m => $"{Terms.DisplayName(m.Model)}: {m.NearestOption ?? (m.Value is double v ? Format(v) : "none")}")),
        StatusQuoHoldReading r => Held(r),
        MonteCarloReading r => MonteCarlo(r),
        WindowsReading r => Windows(r),
        _ => throw new ArgumentOutOfRangeException(nameof(reading), reading, "Not a reading of a lever comparison."),
    };

    /// <summary>"humanitarian: verdict: deal possible → no deal; …." of the changed answers, or that nothing changes, or why the variant was not analysed.</summary>
    public static string Summary(LeverComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        if (comparison.Failure is { } failure)
        {
            return $"Not analysed: {failure}";
        }

        var changed = comparison.Changes.Where(c => c.Changed).ToList();
        return changed.Count == 0
            ? "Changes no answer of any lens."
            : string.Join("; ", changed.Select(c => $"{Subject(c.Subject)}: {Reading(c.Before)} → {Reading(c.After)}")) + ".";
    }

    /// <summary>"deal possible", "no deal" or "no positions".</summary>
    public static string Verdict(AgreementVerdict verdict) => verdict switch
    {
        AgreementVerdict.AgreementPossible => "deal possible",
        AgreementVerdict.NoAgreement => "no deal",
        _ => "no positions",
    };

    private static string Count(SpaceSize size) => size.IsExact
        ? size.Lower.ToString(CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{size.Lower}–{size.Upper}");

    private static string Equilibria(int count) => count == 1 ? "1 equilibrium" : $"{count} equilibria";

    // "4 equilibria: 2 new, 1 lost" (or "…: the same states"); the lists themselves are in the comparison's equilibrium shifts.
    private static string Shift(EquilibriumShiftReading reading)
    {
        var shift = reading.Shift;
        if (shift.Gained.IsEmpty && shift.Lost.IsEmpty)
        {
            return $"{Equilibria(shift.After)}: the same states";
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

        return $"{Equilibria(shift.After)}: {string.Join(", ", parts)}";
    }

    // The demands as a list, or, under a lever that changes them, what it removes and adds.
    private static string Demands(DemandsReading reading)
    {
        if (reading.Added.IsEmpty && reading.Removed.IsEmpty)
        {
            return reading.Demands.IsEmpty ? "none" : string.Join("; ", reading.Demands);
        }

        var parts = new List<string>();
        if (!reading.Removed.IsEmpty)
        {
            parts.Add("− " + string.Join("; − ", reading.Removed));
        }

        if (!reading.Added.IsEmpty)
        {
            parts.Add("+ " + string.Join("; + ", reading.Added));
        }

        return string.Join("; ", parts);
    }

    // "RU deterred by US; UA undeterred", or "nothing tempts anyone to move".
    private static string Held(StatusQuoHoldReading reading)
    {
        if (!reading.HasStatusQuo)
        {
            return "no status quo";
        }

        if (reading.Tempted.IsEmpty)
        {
            return "nothing tempts anyone to move";
        }

        return string.Join("; ", reading.Tempted.Select(d => d.Deterred
            ? $"{d.DecisionMaker} deterred by {string.Join(" and ", d.DeterredBy)}"
            : $"{d.DecisionMaker} undeterred"));
    }

    // A split or undetermined forecast is never shown as one value (the median of a split distribution sits on
    // one mode and hides how the shares move).
    private static string MonteCarlo(MonteCarloReading reading)
    {
        string unit = reading.Unit is null ? string.Empty : " " + reading.Unit;
        string Mode(ModeEstimate m) => $"{m.Option ?? Format(m.Value) + unit} ({Math.Round(m.Share * 100).ToString(CultureInfo.InvariantCulture)} %)";
        return reading.Reading switch
        {
            ForecastReading.Split => "either " + string.Join(" or ", reading.Modes.Select(Mode)),
            ForecastReading.Undetermined => $"cannot tell ({Format(reading.P05)}–{Format(reading.P95)}{unit})",
            _ => reading.MedianOption is { } option ? $"{Format(reading.Median)} ({option})" : Format(reading.Median) + unit,
        };
    }

    private static string Windows(WindowsReading reading)
    {
        if (reading.Windows.IsEmpty)
        {
            return "never";
        }

        return string.Join(", ", reading.Windows.Select(w =>
            $"{(w.OpenAtStart ? "0" : Format(w.OpensBy))}–{(w.OpenAtEnd ? Format(reading.Horizon) : Format(w.ClosesAfter))}"));
    }

    private static string Format(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
