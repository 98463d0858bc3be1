namespace Parley.Core.Variants;

/// <summary>Why a variant cannot be derived: a code (see docs/diagnostics.md) and a sentence saying what to do.</summary>
/// <param name="Code">PAR200 unknown lever, PAR201 lever effect does not apply, PAR202 time without dynamics, PAR203 time outside the horizon, PAR204 date outside the horizon, PAR205 not a date.</param>
/// <param name="Message">What is wrong and what to do.</param>
public sealed record VariantProblem(string Code, string Message)
{
    /// <summary>A lever id the scenario does not define.</summary>
    public const string UnknownLever = "PAR200";

    /// <summary>A lever whose effect does not fit the scenario (an absent actor or option, a figure pushed out of range).</summary>
    public const string LeverDoesNotApply = "PAR201";

    /// <summary>A time given for a scenario without a dynamics section.</summary>
    public const string NoHorizon = "PAR202";

    /// <summary>A time outside the dynamics horizon.</summary>
    public const string OutsideHorizon = "PAR203";

    /// <summary>A date outside a dynamics horizon that has a calendar (a start date and a calendar unit).</summary>
    public const string DateOutsideHorizon = "PAR204";

    /// <summary>A date (<c>--at</c>, the web app's date) that is not written YYYY-MM-DD.</summary>
    public const string MalformedDate = "PAR205";
}
