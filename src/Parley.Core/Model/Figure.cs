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

    /// <summary>
    /// This figure with another point value (provenance and sources kept). The uncertainty range moves with
    /// the value: it is shifted by the difference, so its width and shape stay (see <see cref="WithChange"/>).
    /// </summary>
    public Figure WithValue(double value) => this with { Value = value, Uncertainty = Uncertainty?.Shifted(value - Value) };

    /// <summary>
    /// This figure after <paramref name="change"/>, with its uncertainty moved the same way, so Monte Carlo
    /// draws follow a lever: <see cref="ChangeMode.Multiply"/> scales the range (a doubled capability is
    /// twice as uncertain in absolute terms, equally in relative terms); <see cref="ChangeMode.Add"/> and
    /// <see cref="ChangeMode.Set"/> shift it by the change of the point value (the width stays).
    /// </summary>
    public Figure WithChange(ValueChange change) => change.Mode == ChangeMode.Multiply
        ? this with { Value = change.ApplyTo(Value), Uncertainty = Uncertainty?.Scaled(change.Amount) }
        : WithValue(change.ApplyTo(Value));

    /// <summary>This figure with its uncertainty range clipped to [<paramref name="low"/>, <paramref name="high"/>] (the point value is not touched).</summary>
    public Figure WithUncertaintyWithin(double low, double high) => Uncertainty is null ? this : this with { Uncertainty = Uncertainty.Within(low, high) };
}
