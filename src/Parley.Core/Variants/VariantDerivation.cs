using System.Collections.Immutable;
using Parley.Core.Model;

namespace Parley.Core.Variants;

/// <summary>The scenario of a variant, or the problems that keep it from being derived.</summary>
/// <param name="Key">The variant.</param>
/// <param name="Scenario">The derived scenario, or null when <paramref name="Problems"/> is not empty.</param>
/// <param name="Problems">What keeps the variant from being derived, each with a code and a sentence.</param>
public sealed record VariantDerivation(VariantKey Key, Scenario? Scenario, ImmutableArray<VariantProblem> Problems)
{
    /// <summary>Whether the variant was derived.</summary>
    public bool IsDerived => Scenario is not null;

    /// <summary>The problems as one sentence, or null when the variant was derived.</summary>
    public string? Failure => Problems.IsDefaultOrEmpty ? null : string.Join(" ", Problems.Select(p => p.Message));
}
