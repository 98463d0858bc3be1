using System.Collections.Immutable;

namespace Parley.Core.Model;

/// <summary>
/// What one actor wants on one issue: its preferred settlement, its red line (the acceptable set), how
/// much the issue weighs for it, and how it values each option.
/// </summary>
/// <param name="IssueId">The issue.</param>
/// <param name="Preferred">Preferred option id (discrete issues), or null.</param>
/// <param name="PreferredValue">Preferred number (numeric issues), or null.</param>
/// <param name="Acceptable">Option ids the actor can live with (discrete); all options when the actor drew no red line.</param>
/// <param name="AcceptableRange">The acceptable interval (numeric); the issue's range when no red line was drawn.</param>
/// <param name="Weight">Salience of the issue for the actor (weights of an actor sum to 1).</param>
/// <param name="Values">
/// Value of each option to the actor, in [0, 1], aligned with the issue's options (discrete issues only;
/// empty for numeric issues, whose value falls linearly with distance from the preferred number).
/// </param>
/// <param name="Provenance">Whether the position (preferred and acceptable) is stated or assumed.</param>
/// <param name="Statement">The party's own wording, quoted, or null.</param>
/// <param name="Sources">Ids of the sources of the position.</param>
public sealed record IssuePosition(
    string IssueId,
    string? Preferred,
    double? PreferredValue,
    ImmutableArray<string> Acceptable,
    NumericRange? AcceptableRange,
    Figure Weight,
    ImmutableArray<double> Values,
    Provenance Provenance,
    string? Statement,
    ImmutableArray<string> Sources)
{
    /// <summary>The modeller's note on the stand (its reading of the sources), or null.</summary>
    public string? Note { get; init; }

    /// <summary>
    /// The absolute salience of the issue for the actor, in [0, 1] (the share of its attention, as KTAB and
    /// expected-utility tables give it), or null. <see cref="Weight"/> is normalised per actor for the
    /// agreement lens, so one issue weighs 1 for an actor with one stand however little it cares; where a
    /// salience is given, the forecast lens reads it instead of the weight.
    /// </summary>
    public Figure? Salience { get; init; }

    /// <summary>The figure the forecast lens takes as the actor's salience on the issue: <see cref="Salience"/> when given, else <see cref="Weight"/>.</summary>
    public Figure ForecastSalience => Salience ?? Weight;

    /// <summary>
    /// Whether the stand draws a red line on <paramref name="issue"/>: it accepts fewer than all the
    /// issue's options, or less than its whole range.
    /// </summary>
    public bool DrawsRedLine(Issue issue)
    {
        ArgumentNullException.ThrowIfNull(issue);
        return issue.Kind == IssueKind.Numeric
            ? AcceptableRange is { } r && issue.Range is { } whole && (r.Min > whole.Min || r.Max < whole.Max)
            : !Acceptable.IsDefault && Acceptable.Length < issue.Options.Length;
    }
}
