using System.Globalization;
using Parley.Core.Model.Dynamics;

namespace Parley.Core.Dynamics;

/// <summary>
/// Converts between calendar dates and times on a dynamics horizon whose <see cref="Horizon.Start"/> is a
/// date and whose unit is days, weeks, months, quarters or years. Months, quarters and years count whole
/// calendar periods from the start, and the fraction of the period in progress by its days, so that
/// <see cref="DateAt"/> and <see cref="TimeOf"/> invert each other on whole days.
/// </summary>
public sealed class HorizonCalendar
{
    private readonly int _daysPerUnit;   // 1 or 7 for day-based units; 0 for calendar periods
    private readonly int _monthsPerUnit; // 1, 3 or 12 for calendar periods

    private HorizonCalendar(DateOnly start, int daysPerUnit, int monthsPerUnit)
    {
        Start = start;
        _daysPerUnit = daysPerUnit;
        _monthsPerUnit = monthsPerUnit;
    }

    /// <summary>The date of time 0.</summary>
    public DateOnly Start { get; }

    /// <summary>
    /// The calendar of <paramref name="horizon"/>, or null when its start is not a date
    /// (<c>YYYY-MM-DD</c>, <c>YYYY-MM</c> or <c>YYYY</c>) or its unit is not a calendar unit.
    /// </summary>
    public static HorizonCalendar? Of(Horizon horizon)
    {
        ArgumentNullException.ThrowIfNull(horizon);
        if (!TryParseDate(horizon.Start, out var start))
        {
            return null;
        }

        return horizon.Unit.Trim().ToLowerInvariant() switch
        {
            "day" or "days" => new HorizonCalendar(start, 1, 0),
            "week" or "weeks" => new HorizonCalendar(start, 7, 0),
            "month" or "months" => new HorizonCalendar(start, 0, 1),
            "quarter" or "quarters" => new HorizonCalendar(start, 0, 3),
            "year" or "years" => new HorizonCalendar(start, 0, 12),
            _ => null,
        };
    }

    /// <summary>
    /// Reads a calendar date written <c>YYYY-MM-DD</c>, <c>YYYY-MM</c> (the first of the month) or
    /// <c>YYYY</c> (the first of January).
    /// </summary>
    public static bool TryParseDate(string? text, out DateOnly date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        text = text.Trim();
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
            || DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
            || (text.Length == 4 && DateOnly.TryParseExact(text + "-01-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date));
    }

    /// <summary>The time of <paramref name="date"/> in the horizon's unit (negative before the start).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The date lies in the calendar's last period, whose end is beyond year 9999.</exception>
    public double TimeOf(DateOnly date)
    {
        if (_daysPerUnit > 0)
        {
            return (double)(date.DayNumber - Start.DayNumber) / _daysPerUnit;
        }

        int months = ((date.Year - Start.Year) * 12) + date.Month - Start.Month;
        int k = Math.DivRem(months, _monthsPerUnit, out int rem) - (rem < 0 ? 1 : 0);
        while (PeriodStart(k + 1) <= date)
        {
            k++;
        }

        while (PeriodStart(k) > date)
        {
            k--;
        }

        var from = PeriodStart(k);
        int length = PeriodStart(k + 1).DayNumber - from.DayNumber;
        return k + ((double)(date.DayNumber - from.DayNumber) / length);
    }

    /// <summary>The date at <paramref name="time"/> (the day in progress: fractions of a day round down).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The time is not finite or lies beyond the calendar.</exception>
    public DateOnly DateAt(double time)
    {
        if (!double.IsFinite(time) || Math.Abs(time) > 1e6)
        {
            throw new ArgumentOutOfRangeException(nameof(time), $"The time must be finite and within a million units of the start; got {time}.");
        }

        if (_daysPerUnit > 0)
        {
            return Start.AddDays((int)Math.Floor((time * _daysPerUnit) + 1e-9));
        }

        int k = (int)Math.Floor(time + 1e-12);
        var from = PeriodStart(k);
        int length = PeriodStart(k + 1).DayNumber - from.DayNumber;
        return from.AddDays((int)Math.Floor(((time - k) * length) + 1e-9));
    }

    private DateOnly PeriodStart(int k) => Start.AddMonths(k * _monthsPerUnit);
}
