namespace Parley.Core.Sweeps;

/// <summary>
/// One row of a sweep's output: one variant and one answer over all its draws. A truth value is counted
/// (<see cref="Held"/> of <see cref="Decided"/>); a reading is summarised (mean, median, 10th and 90th percentiles).
/// </summary>
/// <param name="Scenario">The scenario as the spec names it.</param>
/// <param name="Variant">The variant's index in the sweep.</param>
/// <param name="Levers">The levers pulled: <c>as-given</c> or <c>a+b</c>.</param>
/// <param name="Date">The date asked at, or null.</param>
/// <param name="Overrides">Fixed figures, e.g. <c>walk-away:RU=0.3</c>, or empty.</param>
/// <param name="Answer">The answer's id.</param>
/// <param name="Kind">claim, agreement, stability, forecast, end-state, sensitivity or expression.</param>
/// <param name="Draws">Draws made.</param>
/// <param name="Decided">Draws that gave an answer.</param>
/// <param name="Held">For a truth value: draws in which it held; else null.</param>
/// <param name="Fraction">For a truth value: <see cref="Held"/> / <see cref="Decided"/>; else null.</param>
/// <param name="Mean">For a reading: the mean over decided draws; else null.</param>
/// <param name="Median">For a reading: the median; else null.</param>
/// <param name="P10">For a reading: the 10th percentile; else null.</param>
/// <param name="P90">For a reading: the 90th percentile; else null.</param>
/// <param name="Problem">Why the variant has no values, or null.</param>
public sealed record SweepRow(
    string Scenario,
    int Variant,
    string Levers,
    string? Date,
    string Overrides,
    string Answer,
    string Kind,
    int Draws,
    int Decided,
    int? Held,
    double? Fraction,
    double? Mean,
    double? Median,
    double? P10,
    double? P90,
    string? Problem);
