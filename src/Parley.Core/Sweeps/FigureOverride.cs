namespace Parley.Core.Sweeps;

/// <summary>
/// One figure of a scenario set to a fixed value for a sweep variant: <c>capability:ACTOR</c>,
/// <c>walk-away:ACTOR</c> or <c>weight:ACTOR:ISSUE</c>. The figure's uncertainty is dropped, so draws leave it alone.
/// </summary>
/// <param name="Figure">The figure's name.</param>
/// <param name="Value">The value it takes, in [0, 1].</param>
public sealed record FigureOverride(string Figure, double Value)
{
    /// <summary>The override as it appears in a variant's id, e.g. <c>walk-away:RU=0.3</c>.</summary>
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Figure}={Value:R}");
}
