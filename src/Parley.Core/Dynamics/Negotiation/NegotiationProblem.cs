using System.Collections.Immutable;
using Parley.Core.Agreement;
using Parley.Core.Model.Dynamics;

namespace Parley.Core.Dynamics;

/// <summary>
/// A negotiation to simulate: an outcome space, one additive utility per party and each party's
/// reservation value as a function of relative time (constant unless a drift is given). Building it
/// evaluates every outcome once and builds one <see cref="OfferIndex"/> per party, so that each round
/// of a simulation costs O(log n) instead of a scan of the n outcomes.
/// </summary>
/// <remarks>
/// Memory: 8 bytes per outcome per party for the utilities plus about 36 for the party's index;
/// the space may have at most <see cref="MaxOutcomes"/> outcomes.
/// </remarks>
public sealed class NegotiationProblem
{
    /// <summary>The largest outcome space that can be indexed (2^22, about 4.2 million outcomes).</summary>
    public const int MaxOutcomes = 1 << 22;

    private readonly double[][] _utility;
    private readonly OfferIndex[] _index;
    private readonly ImmutableArray<Func<double, double>?> _reservation;
    private readonly bool[]?[] _allowed;

    /// <summary>Builds a problem: evaluates every outcome for every party and indexes it.</summary>
    /// <param name="name">A name for reports, such as <c>Energy</c>.</param>
    /// <param name="space">The outcome space.</param>
    /// <param name="utilities">One utility per party, in turn order (party 0 opens); at least two.</param>
    /// <exception cref="ArgumentException">
    /// Fewer than two parties, a utility that does not fit the space, or a space larger than <see cref="MaxOutcomes"/>.
    /// </exception>
    public NegotiationProblem(string name, OutcomeSpace space, ImmutableArray<AdditiveUtility> utilities)
        : this(name, space, utilities, null)
    {
    }

    /// <summary>Builds a problem whose parties may have red lines.</summary>
    /// <param name="name">A name for reports.</param>
    /// <param name="space">The outcome space.</param>
    /// <param name="utilities">One utility per party, in turn order.</param>
    /// <param name="allowed">Per party, the outcomes within its red lines by outcome id (null: no red line); null for none at all.</param>
    internal NegotiationProblem(string name, OutcomeSpace space, ImmutableArray<AdditiveUtility> utilities, bool[]?[]? allowed)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(space);
        if (utilities.IsDefault || utilities.Length < 2)
        {
            throw new ArgumentException("A negotiation needs at least two parties' utilities.", nameof(utilities));
        }

        if (space.Size > MaxOutcomes)
        {
            throw new ArgumentException(
                $"The outcome space has {space.Size} outcomes; simulated negotiation indexes at most {MaxOutcomes}.", nameof(space));
        }

        for (int p = 0; p < utilities.Length; p++)
        {
            var u = utilities[p] ?? throw new ArgumentException($"Utility {p} is null.", nameof(utilities));
            if (u.IssueCount != space.IssueCount)
            {
                throw new ArgumentException($"Utility {p} covers {u.IssueCount} issues; the space has {space.IssueCount}.", nameof(utilities));
            }

            for (int i = 0; i < space.IssueCount; i++)
            {
                if (u.Contributions[i].Length != space.Cardinalities[i])
                {
                    throw new ArgumentException(
                        $"Utility {p} gives {u.Contributions[i].Length} values for issue {i}, which has {space.Cardinalities[i]} options.", nameof(utilities));
                }
            }
        }

        Name = name;
        Space = space;
        Utilities = utilities;
        int count = (int)space.Size;
        _utility = new double[utilities.Length][];
        for (int p = 0; p < utilities.Length; p++)
        {
            _utility[p] = Evaluate(space, utilities[p], count);
        }

        _index = new OfferIndex[utilities.Length];
        var others = new double[count];
        for (int p = 0; p < utilities.Length; p++)
        {
            Array.Clear(others);
            for (int q = 0; q < utilities.Length; q++)
            {
                if (q == p)
                {
                    continue;
                }

                var uq = _utility[q];
                for (int o = 0; o < count; o++)
                {
                    others[o] += uq[o];
                }
            }

            _index[p] = new OfferIndex(_utility[p], others, allowed?[p]);
        }

        _reservation = [.. new Func<double, double>?[utilities.Length]];
        _allowed = allowed ?? new bool[]?[utilities.Length];
    }

    /// <summary>
    /// The negotiation over an agreement problem built from a scenario (or an imported GENIUS domain):
    /// its outcome space, and one party per consenting actor with that actor's utility and walk-away
    /// value, in the problem's actor order.
    /// </summary>
    /// <remarks>
    /// Red lines bind the simulated negotiators: a party offers only packages within its red lines
    /// (its best and worst utility are taken over those) and an offer can stand only when it lies within
    /// the red lines of its proposer and of every party that accepts it. So a track without agreement
    /// space never ends in a simulated agreement.
    /// </remarks>
    /// <param name="problem">The agreement problem.</param>
    /// <param name="name">A name for reports.</param>
    /// <exception cref="ArgumentException">The space is larger than <see cref="MaxOutcomes"/>.</exception>
    public static NegotiationProblem From(AgreementProblem problem, string name)
    {
        ArgumentNullException.ThrowIfNull(problem);
        if (problem.Space.Size > MaxOutcomes)
        {
            throw new ArgumentException(
                $"The outcome space has {problem.Space.Size} outcomes; simulated negotiation indexes at most {MaxOutcomes}.", nameof(problem));
        }

        int count = (int)problem.Space.Size;
        var allowed = new bool[]?[problem.ActorCount];
        var package = new int[problem.IssueCount];
        var cardinalities = problem.Space.Cardinalities;
        for (int p = 0; p < allowed.Length; p++)
        {
            bool any = false;
            for (int i = 0; i < problem.IssueCount; i++)
            {
                any |= problem.HasRedLine(p, i);
            }

            if (!any)
            {
                continue;
            }

            var mask = new bool[count];
            Array.Clear(package);
            for (int o = 0; o < count; o++)
            {
                mask[o] = problem.WithinRedLines(p, package);
                for (int k = package.Length - 1; k >= 0 && ++package[k] == cardinalities[k]; k--)
                {
                    package[k] = 0;
                }
            }

            allowed[p] = mask;
        }

        return new NegotiationProblem(name, problem.Space, problem.Utilities, allowed);
    }

    private NegotiationProblem(NegotiationProblem source, ImmutableArray<Func<double, double>?> reservation)
    {
        Name = source.Name;
        Space = source.Space;
        Utilities = source.Utilities;
        _utility = source._utility;
        _index = source._index;
        _allowed = source._allowed;
        _reservation = reservation;
    }

    /// <summary>A name for reports.</summary>
    public string Name { get; }

    /// <summary>The outcome space.</summary>
    public OutcomeSpace Space { get; }

    /// <summary>The parties' utilities, in turn order.</summary>
    public ImmutableArray<AdditiveUtility> Utilities { get; }

    /// <summary>Number of parties.</summary>
    public int PartyCount => Utilities.Length;

    /// <summary>Number of outcomes.</summary>
    public int OutcomeCount => _utility[0].Length;

    /// <summary>The offer index of <paramref name="party"/>.</summary>
    public OfferIndex IndexOf(int party) => _index[party];

    /// <summary>
    /// The utility of outcome <paramref name="outcome"/> to <paramref name="party"/>; the same number as
    /// <see cref="AdditiveUtility.Of"/> on the decoded package (the sum is taken in the same order).
    /// </summary>
    public double UtilityOf(int party, int outcome) => _utility[party][outcome];

    /// <summary>True when outcome <paramref name="outcome"/> lies within the red lines of <paramref name="party"/> (always, when it has none).</summary>
    public bool IsWithinRedLines(int party, int outcome) => _allowed[party]?[outcome] ?? true;

    /// <summary>
    /// The reservation value of <paramref name="party"/> at relative time <paramref name="time"/> in [0, 1]:
    /// the drift given by <see cref="WithReservation"/>, or else the utility's constant reservation value.
    /// </summary>
    public double ReservationAt(int party, double time) =>
        _reservation[party] is { } drift ? drift(time) : Utilities[party].ReservationValue;

    /// <summary>
    /// This problem with <paramref name="party"/>'s reservation value drifting over relative time; the
    /// evaluated utilities and indices are shared, not rebuilt.
    /// </summary>
    /// <param name="party">The party.</param>
    /// <param name="reservationAt">A pure function from relative time in [0, 1] to a finite reservation value.</param>
    public NegotiationProblem WithReservation(int party, Func<double, double> reservationAt)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(party);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(party, PartyCount);
        ArgumentNullException.ThrowIfNull(reservationAt);
        return new NegotiationProblem(this, _reservation.SetItem(party, reservationAt));
    }

    /// <summary>The package (one option index per issue) of outcome id <paramref name="outcome"/>.</summary>
    public ImmutableArray<int> PackageOf(int outcome)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(outcome);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(outcome, OutcomeCount);
        var cardinalities = Space.Cardinalities;
        var package = new int[cardinalities.Length];
        int rest = outcome;
        for (int i = cardinalities.Length - 1; i >= 0; i--)
        {
            package[i] = rest % cardinalities[i];
            rest /= cardinalities[i];
        }

        return [.. package];
    }

    // Odometer over the space (last issue fastest), keeping the running sums of the issues before the
    // one that changed: the additions happen in issue order from 0, exactly as AdditiveUtility.Of does,
    // so both give the same double.
    private static double[] Evaluate(OutcomeSpace space, AdditiveUtility utility, int count)
    {
        int issues = space.IssueCount;
        var result = new double[count];
        var choice = new int[issues];
        var prefix = new double[issues + 1];
        var cardinalities = space.Cardinalities;
        for (int i = 0; i < issues; i++)
        {
            prefix[i + 1] = prefix[i] + utility.Contribution(i, 0);
        }

        bool interacts = utility.HasInteractions;
        for (int o = 0; o < count; o++)
        {
            result[o] = interacts ? prefix[issues] + utility.InteractionSum(choice) : prefix[issues];
            int k = issues - 1;
            while (k >= 0 && ++choice[k] == cardinalities[k])
            {
                choice[k] = 0;
                k--;
            }

            if (k < 0)
            {
                break;
            }

            for (int i = k; i < issues; i++)
            {
                prefix[i + 1] = prefix[i] + utility.Contribution(i, choice[i]);
            }
        }

        return result;
    }
}
