using System.Collections.Immutable;

namespace Parley.Core.Forecast;

/// <summary>
/// A forecast problem with its uncertain inputs and, per actor and dimension, the set of outcomes the
/// actor can accept (a union of intervals on the axis; empty means the actor drew no red line).
/// </summary>
public sealed record UncertainForecastProblem
{
    /// <summary>Creates the problem and checks that every index is in range.</summary>
    /// <exception cref="ArgumentException">An uncertain input or acceptable set refers outside the problem.</exception>
    public UncertainForecastProblem(ForecastProblem problem, ImmutableArray<UncertainInput> inputs, ImmutableArray<ImmutableArray<AxisInterval>> acceptable)
    {
        ArgumentNullException.ThrowIfNull(problem);
        inputs = inputs.IsDefault ? [] : inputs;
        acceptable = acceptable.IsDefault ? [] : acceptable;
        foreach (var input in inputs)
        {
            if (input.Actor < 0 || input.Actor >= problem.ActorCount || (input.Kind != ForecastInputKind.Capability && (input.Dimension < 0 || input.Dimension >= problem.DimensionCount)))
            {
                throw new ArgumentException($"Uncertain input {input} refers outside the problem ({problem.ActorCount} actors, {problem.DimensionCount} dimensions).", nameof(inputs));
            }
        }

        if (acceptable.Length != 0 && acceptable.Length != problem.ActorCount * problem.DimensionCount)
        {
            throw new ArgumentException($"Acceptable sets must be given for every actor and dimension ({problem.ActorCount * problem.DimensionCount}) or not at all; got {acceptable.Length}.", nameof(acceptable));
        }

        Problem = problem;
        Inputs = inputs;
        Acceptable = acceptable;
    }

    /// <summary>The problem with point values.</summary>
    public ForecastProblem Problem { get; }

    /// <summary>The inputs known only as distributions.</summary>
    public ImmutableArray<UncertainInput> Inputs { get; }

    /// <summary>Acceptable sets, actor-major (actor × dimension), or empty when none are known.</summary>
    public ImmutableArray<ImmutableArray<AxisInterval>> Acceptable { get; }

    /// <summary>
    /// The actors whose consent the outcome needs (veto holders; for a scenario issue, its consenting actors),
    /// as actor indices in ascending order; empty when the input says nothing about vetoes.
    /// </summary>
    public ImmutableArray<int> VetoHolders { get; private init; } = [];

    /// <summary>This input with <paramref name="vetoHolders"/> as its veto holders.</summary>
    /// <exception cref="ArgumentException">An index is outside the problem's actors.</exception>
    public UncertainForecastProblem WithVetoHolders(IEnumerable<int> vetoHolders)
    {
        ArgumentNullException.ThrowIfNull(vetoHolders);
        var holders = vetoHolders.Distinct().Order().ToImmutableArray();
        if (holders.Any(a => a < 0 || a >= Problem.ActorCount))
        {
            throw new ArgumentException($"Veto holders must be actor indices in [0, {Problem.ActorCount}); got {string.Join(", ", holders)}.", nameof(vetoHolders));
        }

        return this with { VetoHolders = holders };
    }

    /// <summary>True when <paramref name="actor"/> drew a red line on <paramref name="dimension"/>.</summary>
    public bool HasRedLine(int actor, int dimension) =>
        Acceptable.Length != 0 && !Acceptable[(actor * Problem.DimensionCount) + dimension].IsDefaultOrEmpty;

    /// <summary>True when <paramref name="value"/> is acceptable to <paramref name="actor"/> on <paramref name="dimension"/>.</summary>
    public bool Accepts(int actor, int dimension, double value)
    {
        if (!HasRedLine(actor, dimension))
        {
            return true;
        }

        foreach (var interval in Acceptable[(actor * Problem.DimensionCount) + dimension])
        {
            if (interval.Contains(value))
            {
                return true;
            }
        }

        return false;
    }
}
