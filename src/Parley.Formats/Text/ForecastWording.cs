using System.Collections.Immutable;
using System.Globalization;
using Parley.Core.Analysis;
using Parley.Core.Forecast;

namespace Parley.Formats.Text;

/// <summary>
/// The sentences every front end uses for a forecast's reading, so the console, the report and the claims
/// say the same: a point as its value, a split as "either A (53 %) or B (47 %)", an undetermined forecast
/// as "the model cannot tell" — never a single value for a split or undetermined forecast.
/// </summary>
public static class ForecastWording
{
    /// <summary>The reading of <paramref name="shape"/> (on the issue's scale) as a phrase.</summary>
    /// <param name="shape">The shape.</param>
    /// <param name="unit">The unit to print after numbers, or null.</param>
    public static string Reading(ForecastShape shape, string? unit)
    {
        ArgumentNullException.ThrowIfNull(shape);
        return Reading(shape.Reading, shape.Modes.Select(m => (m.Value, m.Option, m.Share)).ToImmutableArray(), shape.Spread, unit);
    }

    /// <summary>The reading of an axis shape of the <c>forecast</c> command, mapped to the issue's scale.</summary>
    public static string Reading(DistributionShape shape, IssueScale scale)
    {
        ArgumentNullException.ThrowIfNull(shape);
        ArgumentNullException.ThrowIfNull(scale);
        var modes = shape.Modes.Select(m => (scale.ToIssueValue(m.Value), Option(scale, m.Value), m.Share)).ToImmutableArray();
        return Reading(shape.Reading, modes, shape.Spread.Map(scale.ToIssueValue), scale.Unit);
    }

    /// <summary>A value on the issue's scale with its unit or its option: "35 km", "ended (100)".</summary>
    public static string Value(double value, string? option, string? unit) =>
        option is not null ? $"{option} ({Number(value)})" : unit is null ? Number(value) : $"{Number(value)} {unit}";

    /// <summary>
    /// A model's name in <c>analyze</c>'s report: the vocabulary's display name, with the expected-utility
    /// model credited to Bueno de Mesquita.
    /// </summary>
    public static string ModelName(ForecastModel model) => model == ForecastModel.ExpectedUtility
        ? "expected utility (Bueno de Mesquita)"
        : Core.Vocabulary.Terms.DisplayName(model);

    /// <summary>A share as a whole percentage: "53 %".</summary>
    public static string Percent(double share) => double.IsFinite(share) ? $"{(share * 100).ToString("0", CultureInfo.InvariantCulture)} %" : "–";

    /// <summary>A number with at most two decimals, or "–".</summary>
    public static string Number(double value) => double.IsFinite(value) ? value.ToString("0.##", CultureInfo.InvariantCulture) : "–";

    /// <summary>The option of <paramref name="scale"/> nearest to an axis point, or null without options.</summary>
    public static string? Option(IssueScale scale, double axis)
    {
        ArgumentNullException.ThrowIfNull(scale);
        int at = scale.NearestOption(axis);
        return at >= 0 ? scale.Options[at].Id : null;
    }

    /// <summary>The veto shares of a forecast: "RU 5 %, UA 95 %".</summary>
    public static string Vetoes(IEnumerable<(string Actor, double Share, bool Accepted)> vetoes)
    {
        ArgumentNullException.ThrowIfNull(vetoes);
        return string.Join(", ", vetoes.Select(v => $"{v.Actor} {Percent(v.Share)}"));
    }

    /// <summary>The veto holders that would veto a point forecast: "would be vetoed by RU and UA", or empty.</summary>
    public static string VetoedBy(IEnumerable<(string Actor, double Share, bool Accepted)> vetoes)
    {
        ArgumentNullException.ThrowIfNull(vetoes);
        var by = vetoes.Where(v => !v.Accepted).Select(v => v.Actor).ToList();
        return by.Count == 0 ? string.Empty : $"would be vetoed by {string.Join(" and ", by)}";
    }

    private static string Reading(ForecastReading reading, ImmutableArray<(double Value, string? Option, double Share)> modes, ForecastSpread spread, string? unit)
    {
        string range = $"5–95 %: {Number(spread.P05)}–{Number(spread.P95)}{(unit is null ? string.Empty : " " + unit)}";
        return reading switch
        {
            ForecastReading.Split => "either " + string.Join(" or ", modes.Select(m => $"{Label(m.Value, m.Option, unit)} ({Percent(m.Share)})")),
            ForecastReading.Undetermined => $"the model cannot tell ({range})",
            _ => modes.IsEmpty ? "no forecast" : spread.P95 > spread.P05
                ? $"{Label(modes[0].Value, modes[0].Option, unit)} ({range})"
                : Label(modes[0].Value, modes[0].Option, unit),
        };
    }

    private static string Label(double value, string? option, string? unit) =>
        option ?? (unit is null ? Number(value) : $"{Number(value)} {unit}");
}
