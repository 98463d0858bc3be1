using System.Collections.Immutable;

namespace Parley.Core.Forecast;

/// <summary>
/// The input of every forecast model: actors with a capability, and on each dimension (issue) a
/// position on the dimension's axis and a salience. Array-backed and immutable; built once, then read
/// by the models in plain loops.
/// </summary>
/// <remarks>
/// Positions are on the axis (0–100 for scenarios and KTAB files; any finite scale for the
/// expected utility model, which only uses differences relative to the range). Saliences are in
/// [0, 1]. Capabilities are non-negative and only their ratios matter.
/// </remarks>
public sealed class ForecastProblem
{
    private readonly double[] _capability;
    private readonly double[] _position;
    private readonly double[] _salience;

    /// <summary>Creates a problem and checks its inputs.</summary>
    /// <param name="actors">Actor names, one per actor (unique).</param>
    /// <param name="dimensions">Dimension (issue) names, at least one.</param>
    /// <param name="capability">One non-negative capability per actor.</param>
    /// <param name="positions">Positions, actor-major: <c>positions[actor * dimensions + dimension]</c>.</param>
    /// <param name="saliences">Saliences in [0, 1], laid out like <paramref name="positions"/>.</param>
    /// <exception cref="ArgumentException">A length does not match, a name repeats, or a value is out of range.</exception>
    public ForecastProblem(
        IReadOnlyList<string> actors,
        IReadOnlyList<string> dimensions,
        ReadOnlySpan<double> capability,
        ReadOnlySpan<double> positions,
        ReadOnlySpan<double> saliences)
    {
        ArgumentNullException.ThrowIfNull(actors);
        ArgumentNullException.ThrowIfNull(dimensions);
        int n = actors.Count;
        int k = dimensions.Count;
        if (n < 1)
        {
            throw new ArgumentException("A forecast needs at least one actor.", nameof(actors));
        }

        if (k < 1)
        {
            throw new ArgumentException("A forecast needs at least one dimension.", nameof(dimensions));
        }

        if (n > MaxActors)
        {
            throw new ArgumentException($"A forecast takes at most {MaxActors} actors (the models keep n × n tables); got {n}.", nameof(actors));
        }

        if (capability.Length != n)
        {
            throw new ArgumentException($"Expected {n} capabilities (one per actor); got {capability.Length}.", nameof(capability));
        }

        if (positions.Length != n * k || saliences.Length != n * k)
        {
            throw new ArgumentException($"Expected {n * k} positions and saliences ({n} actors × {k} dimensions); got {positions.Length} and {saliences.Length}.", nameof(positions));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in actors)
        {
            if (!seen.Add(name))
            {
                throw new ArgumentException($"Actor '{name}' appears twice; actor names must be unique.", nameof(actors));
            }
        }

        for (int i = 0; i < n; i++)
        {
            if (!double.IsFinite(capability[i]) || capability[i] < 0)
            {
                throw new ArgumentException($"Capability of '{actors[i]}' must be finite and non-negative; got {capability[i]}.", nameof(capability));
            }
        }

        for (int x = 0; x < n * k; x++)
        {
            if (!double.IsFinite(positions[x]))
            {
                throw new ArgumentException($"Position of '{actors[x / k]}' on '{dimensions[x % k]}' must be finite; got {positions[x]}.", nameof(positions));
            }

            if (!double.IsFinite(saliences[x]) || saliences[x] < 0 || saliences[x] > 1)
            {
                throw new ArgumentException($"Salience of '{actors[x / k]}' on '{dimensions[x % k]}' must lie in [0, 1]; got {saliences[x]}.", nameof(saliences));
            }
        }

        Actors = [.. actors];
        Dimensions = [.. dimensions];
        _capability = capability.ToArray();
        _position = positions.ToArray();
        _salience = saliences.ToArray();
    }

    /// <summary>
    /// The most actors a problem may have: the expected utility and spatial models keep n × n tables indexed
    /// by <see cref="int"/>, so n × n must fit in one. Inputs are refused far below this (see the readers' limits).
    /// </summary>
    public const int MaxActors = 46_340;

    /// <summary>Actor names, in index order.</summary>
    public ImmutableArray<string> Actors { get; }

    /// <summary>Dimension names, in index order.</summary>
    public ImmutableArray<string> Dimensions { get; }

    /// <summary>Number of actors.</summary>
    public int ActorCount => _capability.Length;

    /// <summary>Number of dimensions.</summary>
    public int DimensionCount => Dimensions.Length;

    /// <summary>All capabilities, by actor.</summary>
    public ReadOnlySpan<double> Capabilities => _capability;

    /// <summary>All positions, actor-major.</summary>
    public ReadOnlySpan<double> Positions => _position;

    /// <summary>All saliences, actor-major.</summary>
    public ReadOnlySpan<double> Saliences => _salience;

    /// <summary>Capability of <paramref name="actor"/>.</summary>
    public double Capability(int actor) => _capability[actor];

    /// <summary>Position of <paramref name="actor"/> on <paramref name="dimension"/>.</summary>
    public double Position(int actor, int dimension) => _position[(actor * DimensionCount) + dimension];

    /// <summary>Salience of <paramref name="dimension"/> for <paramref name="actor"/>.</summary>
    public double Salience(int actor, int dimension) => _salience[(actor * DimensionCount) + dimension];

    /// <summary>The one-dimensional problem of <paramref name="dimension"/> (all actors kept).</summary>
    public ForecastProblem Dimension(int dimension)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(dimension);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(dimension, DimensionCount);
        if (DimensionCount == 1)
        {
            return this;
        }

        int n = ActorCount;
        var pos = new double[n];
        var sal = new double[n];
        for (int i = 0; i < n; i++)
        {
            pos[i] = Position(i, dimension);
            sal[i] = Salience(i, dimension);
        }

        return new ForecastProblem(Actors, [Dimensions[dimension]], _capability, pos, sal);
    }

    /// <summary>The same actors and saliences with other positions (same layout).</summary>
    public ForecastProblem WithPositions(ReadOnlySpan<double> positions) =>
        new(Actors, Dimensions, _capability, positions, _salience);
}
