using System.Collections.Immutable;

namespace Parley.Core.Model;

/// <summary>
/// A number in the scenario (a weight, a walk-away value, a capability) together with where it comes
/// from and, optionally, how uncertain it is.
/// </summary>
/// <param name="Value">The point value used by deterministic analyses.</param>
/// <param name="Provenance">Stated by a source, or an assumption of the modeller.</param>
/// <param name="Uncertainty">A distribution for Monte Carlo analyses, or null when the value is taken as exact.</param>
/// <param name="Sources">Ids of the sources the figure rests on.</param>
/// <param name="Note">The modeller's reasoning, for assumptions especially.</param>
public sealed record Figure(
    double Value,
    Provenance Provenance,
    Distribution? Uncertainty,
    ImmutableArray<string> Sources,
    string? Note)
{
    /// <summary>An exact assumption without sources.</summary>
    public static Figure Assumed(double value) => new(value, Provenance.Assumption, null, [], null);

    /// <summary>This figure with another point value (provenance and sources kept).</summary>
    public Figure WithValue(double value) => this with { Value = value };
}
