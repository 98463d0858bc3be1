using System.Collections.Immutable;

namespace Parley.Core.Agreement;

/// <summary>
/// An actor's additive utility over an <see cref="OutcomeSpace"/>: the utility of a package is the sum
/// over issues of <c>Contributions[issue][option]</c> (already multiplied by the issue's weight), so a
/// utility lies in [0, 1] when weights sum to 1 and values lie in [0, 1]. The reservation value is the
/// utility of no deal (the walk-away value).
/// </summary>
/// <remarks>
/// <para>Optional <see cref="Interactions"/> make the utility non-additive: each term adds its value when its
/// combination of options holds (a generalised additive form). The engines stay exact with them: they bound
/// what undecided terms can still add inside their searches (see <c>docs/agreement.md</c>).</para>
/// An optional <see cref="Ceiling"/> caps the summed utility: GENIUS uses profile weights as written
/// (Laptop 2011 weights sum to 1.0000518) and caps the sum at 1, so an imported profile keeps that rule.
/// </remarks>
public sealed class AdditiveUtility
{
    private readonly double[][] _contributions;
    private readonly double? _ceiling;
    private ImmutableArray<UtilityInteraction> _interactions = [];

    /// <summary>Creates an additive utility.</summary>
    /// <param name="contributions">Weighted value of each option of each issue.</param>
    /// <param name="reservationValue">Utility of no deal.</param>
    /// <exception cref="ArgumentException">A contribution or the reservation value is not finite.</exception>
    public AdditiveUtility(ImmutableArray<ImmutableArray<double>> contributions, double reservationValue)
    {
        if (!double.IsFinite(reservationValue))
        {
            throw new ArgumentException($"The reservation value must be finite; got {reservationValue}.", nameof(reservationValue));
        }

        _contributions = new double[contributions.Length][];
        for (int i = 0; i < contributions.Length; i++)
        {
            _contributions[i] = [.. contributions[i]];
            foreach (double c in _contributions[i])
            {
                if (!double.IsFinite(c))
                {
                    throw new ArgumentException($"Contributions of issue {i} must be finite; got {c}.", nameof(contributions));
                }
            }
        }

        Contributions = contributions;
        ReservationValue = reservationValue;
    }

    /// <summary>Weighted value of each option, by issue then option.</summary>
    public ImmutableArray<ImmutableArray<double>> Contributions { get; }

    /// <summary>Utility of no deal.</summary>
    public double ReservationValue { get; }

    /// <summary>
    /// Upper bound of the utility (the sum of contributions is cut at this value), or null for none.
    /// GENIUS profiles are imported with a ceiling of 1.
    /// </summary>
    /// <exception cref="ArgumentException">The ceiling is not finite.</exception>
    public double? Ceiling
    {
        get => _ceiling;
        init
        {
            if (value is { } c && !double.IsFinite(c))
            {
                throw new ArgumentException($"The ceiling must be finite; got {c}.", nameof(value));
            }

            _ceiling = value;
        }
    }

    /// <summary>
    /// The interaction terms (empty for a purely additive utility): each adds its value to the utility of the
    /// packages in which all its conditions hold.
    /// </summary>
    /// <exception cref="ArgumentException">A term names an issue or option outside the contributions.</exception>
    public ImmutableArray<UtilityInteraction> Interactions
    {
        get => _interactions;
        init
        {
            value = value.IsDefault ? [] : value;
            foreach (var term in value)
            {
                ArgumentNullException.ThrowIfNull(term, nameof(value));
                for (int k = 0; k < term.Issues.Length; k++)
                {
                    int i = term.Issues[k];
                    if (i >= _contributions.Length || term.Holds[k].Length != _contributions[i].Length)
                    {
                        throw new ArgumentException($"An interaction term on issue {i} does not fit the utility's {_contributions.Length} issues and their options.", nameof(value));
                    }
                }
            }

            _interactions = value;
        }
    }

    /// <summary>True when the utility has interaction terms.</summary>
    public bool HasInteractions => !_interactions.IsEmpty;

    /// <summary>Number of issues.</summary>
    public int IssueCount => _contributions.Length;

    /// <summary>The contribution of option <paramref name="option"/> of issue <paramref name="issue"/>.</summary>
    public double Contribution(int issue, int option) => _contributions[issue][option];

    /// <summary>The utility of a package (one option index per issue).</summary>
    public double Of(ReadOnlySpan<int> package)
    {
        if (package.Length != _contributions.Length)
        {
            throw new ArgumentException($"A package needs {_contributions.Length} choices; got {package.Length}.", nameof(package));
        }

        double sum = 0;
        for (int i = 0; i < package.Length; i++)
        {
            sum += _contributions[i][package[i]];
        }

        // One addition of the terms' sum, exactly as the simulated negotiation evaluates outcomes.
        if (!_interactions.IsEmpty)
        {
            sum += InteractionSum(package);
        }

        return Capped(sum);
    }

    /// <summary>The sum of the values of the interaction terms that hold for the package (0 without terms).</summary>
    public double InteractionSum(ReadOnlySpan<int> package)
    {
        double sum = 0;
        foreach (var term in _interactions)
        {
            if (term.HoldsFor(package))
            {
                sum += term.Value;
            }
        }

        return sum;
    }

    /// <summary>A summed utility with the <see cref="Ceiling"/> applied.</summary>
    public double Capped(double sum) => _ceiling is { } c && sum > c ? c : sum;

    /// <summary>
    /// The largest utility any package can reach; with interaction terms an upper bound (every positive
    /// term counted as if it held).
    /// </summary>
    public double Max()
    {
        double sum = 0;
        foreach (var row in _contributions)
        {
            sum += row.Max();
        }

        foreach (var term in _interactions)
        {
            sum += Math.Max(0, term.Value);
        }

        return Capped(sum);
    }

    /// <summary>
    /// The smallest utility any package can reach; with interaction terms a lower bound (every negative
    /// term counted as if it held).
    /// </summary>
    public double Min()
    {
        double sum = 0;
        foreach (var row in _contributions)
        {
            sum += row.Min();
        }

        foreach (var term in _interactions)
        {
            sum += Math.Min(0, term.Value);
        }

        return Capped(sum);
    }
}
