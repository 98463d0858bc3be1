using Parley.Core.Sensitivity;

namespace Parley.Formats.Json.Dto.Analyze;

/// <summary>One assumed figure that flips a verdict, and the smallest change of it alone that does.</summary>
/// <param name="Kind">Which kind of figure: <c>walk-away</c>, <c>weight</c>, <c>capability</c>, <c>axis-value</c> or <c>preference-statement</c>.</param>
/// <param name="Actor">The actor (or decision maker) it belongs to; empty for an axis value, which belongs to an issue.</param>
/// <param name="Issue">The issue, for a weight or an axis value; null otherwise.</param>
/// <param name="Statement">The 0-based index of the preference statement, for <c>PreferenceStatement</c>; null otherwise.</param>
/// <param name="Current">The figure's value in the scenario (for a preference statement, its 0-based priority).</param>
/// <param name="FlipsAt">The value nearest to <paramref name="Current" /> at which the verdict is flipped (to within <c>Tolerance</c>); null for a preference statement, whose change is dropping it.</param>
/// <param name="Change"><paramref name="FlipsAt" /> − <paramref name="Current" /> (0 for a preference statement).</param>
/// <param name="Exact">True when the engine decides it exactly: a monotone figure bisected over the exact agreement engine, or a preference statement dropped from the exact graph model; false when found by a scan over a grid (a flip narrower than one grid cell can be missed) or over a sampled forecast.</param>
/// <param name="Assumed">True when the figure is the modeller's assumption rather than a stated figure.</param>
/// <param name="Option">The option, for an axis value; null otherwise.</param>
/// <param name="RelativeChange">The change as a share of the figure's scale (axis values lie on 0–100, the other figures on 0–1), so changes compare across kinds.</param>
public sealed record FigureFlipDto(
    string Kind,
    string Actor,
    string? Issue,
    int? Statement,
    double Current,
    double? FlipsAt,
    double Change,
    bool Exact,
    bool Assumed,
    string? Option,
    double RelativeChange)
{
    /// <summary>The DTO of <paramref name="value"/>.</summary>
    public static FigureFlipDto From(FigureFlip value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(
            EnumTokens.Of(value.Kind),
            value.Actor,
            value.Issue,
            value.Statement,
            value.Current,
            value.FlipsAt,
            value.Change,
            value.Exact,
            value.Assumed,
            value.Option,
            value.RelativeChange);
    }
}
