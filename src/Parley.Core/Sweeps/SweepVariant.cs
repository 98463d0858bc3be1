using System.Collections.Immutable;
using Parley.Core.Variants;

namespace Parley.Core.Sweeps;

/// <summary>One variant of a sweep: a scenario, the levers pulled, a date, and figure overrides.</summary>
/// <param name="Index">Its place in the sweep (variants are numbered in the order the spec expands).</param>
/// <param name="Scenario">The index of its scenario in <see cref="SweepDefinition.Scenarios"/>.</param>
/// <param name="Key">Levers and time on the horizon.</param>
/// <param name="Date">The date as the spec wrote it (YYYY-MM-DD), or null.</param>
/// <param name="Overrides">Figures set to fixed values.</param>
public sealed record SweepVariant(int Index, int Scenario, VariantKey Key, string? Date, ImmutableArray<FigureOverride> Overrides)
{
    /// <summary>The levers as written in the output: <c>as-given</c> or <c>a+b</c>.</summary>
    public string Levers => Key.Levers.IsEmpty ? VariantKey.AsGivenId : string.Join('+', Key.Levers);

    /// <summary>The overrides as written in the output, e.g. <c>walk-away:RU=0.3;capability:UA=0.5</c>, or empty.</summary>
    public string OverridesText => string.Join(';', Overrides);
}
