using System.Collections.Immutable;
using Parley.Core.Forecast;
using Parley.Core.Session;
using Parley.Core.Stability;
using Parley.Core.Vocabulary;

namespace Parley.Core.Claims;

/// <summary>
/// The lenses a claim test may ask, their arguments and the properties of their answers, with types.
/// One table, read by the parser (to check a test when a scenario is read) and by docs/claims.md.
/// </summary>
internal static class ClaimVocabulary
{
    public static readonly ImmutableArray<string> Concepts = Terms.Tokens<StabilityConcept>();

    public static readonly ImmutableArray<string> Models = Terms.Tokens<ForecastModel>();

    public static readonly ImmutableArray<LensDefinition> Lenses =
    [
        new("agreement", [new("track", Required: true), new("without", Required: false)],
        [
            new("empty", ClaimValueType.Boolean, []),
            new("size", ClaimValueType.Number, []),
            new("outcomes", ClaimValueType.Number, []),
            new("margin", ClaimValueType.Number, []),
            new("gain", ClaimValueType.Number, [new("actor", Required: true), new("issue", Required: true), new("from", Required: true), new("to", Required: true), new("given", Required: false), new("given-option", Required: false)]),
        ]),
        new("stability", [new("state", Required: false), new("concept", Required: true, Allowed: Concepts), new("without", Required: false), new("without-option", Required: false)],
        [
            new("stable", ClaimValueType.Boolean, []),
            new("stableFor", ClaimValueType.Boolean, [new("actor", Required: true)]),
            new("equilibria", ClaimValueType.Number, []),
        ]),
        new("forecast", [new("issue", Required: true), new("model", Required: false, Allowed: Models)],
        [
            new("value", ClaimValueType.Number, []),
            new("median", ClaimValueType.Number, []),
            new("mean", ClaimValueType.Number, []),
            new("p10", ClaimValueType.Number, []),
            new("p90", ClaimValueType.Number, []),
            new("probabilityInside", ClaimValueType.Number, [new("actor", Required: true)]),
        ]),
        new(Terms.Token(LensKind.Windows), [new("track", Required: true)],
        [
            new("opens", ClaimValueType.Boolean, []),
            new("openAt", ClaimValueType.Boolean, [new("t", Required: true, IsNumber: true)]),
            new("openAtEnd", ClaimValueType.Boolean, []),
            new("opensBy", ClaimValueType.Number, []),
            new("count", ClaimValueType.Number, []),
        ]),
        new("endstate", [new("id", Required: true)],
        [
            new("probability", ClaimValueType.Number, []),
            new("reachable", ClaimValueType.Boolean, []),
            new("equilibrium", ClaimValueType.Boolean, [new("concept", Required: true, Allowed: Concepts)]),
        ]),
    ];

    public static LensDefinition? Lens(string name) => Lenses.FirstOrDefault(l => l.Name == name);

    /// <summary>A lens: its name, its parameters and the properties of its answer.</summary>
    internal sealed record LensDefinition(string Name, ImmutableArray<ParameterDefinition> Parameters, ImmutableArray<PropertyDefinition> Properties)
    {
        public PropertyDefinition? Property(string name) => Properties.FirstOrDefault(p => p.Name == name);
    }

    /// <summary>A property of a lens answer and its type.</summary>
    internal sealed record PropertyDefinition(string Name, ClaimValueType Type, ImmutableArray<ParameterDefinition> Parameters);

    /// <summary>A named parameter; <paramref name="Allowed"/> lists the values it takes when it is a keyword.</summary>
    internal sealed record ParameterDefinition(string Name, bool Required, ImmutableArray<string> Allowed = default, bool IsNumber = false);
}
