using System.Collections.Immutable;

namespace Parley.Core.Forecast;

/// <summary>
/// One-at-a-time sensitivity (a tornado analysis): each uncertain input is set to its minimum and its
/// maximum with every other input at its point value, and the change of the forecast is measured.
/// </summary>
/// <remarks>Cost: two model runs per uncertain input. Deterministic.</remarks>
public static class ForecastSensitivity
{
    /// <summary>Per dimension, the inputs ordered by how much they move that dimension's forecast (largest first; ties keep input order).</summary>
    public static ImmutableArray<SensitivityEntry> Of(UncertainForecastProblem input, ForecastModel model, ForecastSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        settings ??= ForecastSettings.Default;
        var problem = input.Problem;
        int dims = problem.DimensionCount;
        var entries = new List<SensitivityEntry>();
        var low = new double[dims];
        var high = new double[dims];
        foreach (var u in input.Inputs)
        {
            ForecastModels.Values(With(problem, u, u.Distribution.Min), model, settings, low);
            ForecastModels.Values(With(problem, u, u.Distribution.Max), model, settings, high);
            for (int k = 0; k < dims; k++)
            {
                if (u.Kind == ForecastInputKind.Capability || u.Dimension == k)
                {
                    entries.Add(new SensitivityEntry(u, k, low[k], high[k]));
                }
            }
        }

        return [.. entries.Select((e, i) => (e, i)).OrderBy(t => t.e.Dimension).ThenByDescending(t => double.IsNaN(t.e.Swing) ? -1 : t.e.Swing).ThenBy(t => t.i).Select(t => t.e)];
    }

    /// <summary>Default probe of an exact capability: ± this share of its value.</summary>
    public const double CapabilityProbe = 0.2;

    /// <summary>Default probe of an exact salience: ± this much (on 0–1).</summary>
    public const double SalienceProbe = 0.1;

    /// <summary>Default probe of an exact position: ± this many points of the 0–100 axis.</summary>
    public const double PositionProbe = 10;

    /// <summary>
    /// A tornado over every input of one dimension: each actor's capability, salience and position, over its
    /// stated range when it has one, else over a default probe (capability ±20 %, salience ±0.1, position ±10
    /// axis points, clipped to the inputs' domains), ordered by swing (largest first). An input with a stated
    /// range that alone moves the forecast into another mode of <paramref name="shape"/> (or, with options,
    /// onto another option) is flagged <see cref="SensitivityEntry.FlipsMode"/>.
    /// </summary>
    /// <param name="input">The problem and its uncertain inputs.</param>
    /// <param name="dimension">The dimension whose forecast is measured.</param>
    /// <param name="model">The model.</param>
    /// <param name="settings">Model settings; defaults when null.</param>
    /// <param name="shape">The model's distribution on the axis (for the mode flip), or null.</param>
    /// <param name="options">The options of a discrete issue (for the option flip); empty otherwise.</param>
    /// <remarks>Cost: 2 × 3 × actors model runs.</remarks>
    public static ImmutableArray<SensitivityEntry> Tornado(
        UncertainForecastProblem input,
        int dimension,
        ForecastModel model,
        ForecastSettings? settings,
        DistributionShape? shape,
        ImmutableArray<OptionPoint> options)
    {
        ArgumentNullException.ThrowIfNull(input);
        settings ??= ForecastSettings.Default;
        var problem = input.Problem;
        int dims = problem.DimensionCount;
        var values = new double[dims];
        ForecastModels.Values(problem, model, settings, values);
        double point = values[dimension];
        var entries = new List<SensitivityEntry>();
        for (int a = 0; a < problem.ActorCount; a++)
        {
            foreach (var kind in (ForecastInputKind[])[ForecastInputKind.Capability, ForecastInputKind.Salience, ForecastInputKind.Position])
            {
                var stated = input.Inputs.FirstOrDefault(u => u.Actor == a && u.Kind == kind && (kind == ForecastInputKind.Capability || u.Dimension == dimension));
                var u = stated ?? Probe(problem, a, dimension, kind);
                ForecastModels.Values(With(problem, u, u.Distribution.Min), model, settings, values);
                double low = values[dimension];
                ForecastModels.Values(With(problem, u, u.Distribution.Max), model, settings, values);
                double high = values[dimension];
                bool flips = stated is not null && (Flips(point, low, shape, options) || Flips(point, high, shape, options));
                entries.Add(new SensitivityEntry(u, dimension, low, high, stated is not null, flips));
            }
        }

        return [.. entries.Select((e, i) => (e, i)).OrderByDescending(t => double.IsNaN(t.e.Swing) ? -1 : t.e.Swing).ThenBy(t => t.i).Select(t => t.e)];
    }

    private static UncertainInput Probe(ForecastProblem problem, int actor, int dimension, ForecastInputKind kind)
    {
        double v;
        (double Min, double Max) range;
        switch (kind)
        {
            case ForecastInputKind.Capability:
                v = problem.Capability(actor);
                range = (Math.Max(0, v * (1 - CapabilityProbe)), v * (1 + CapabilityProbe));
                break;
            case ForecastInputKind.Salience:
                v = problem.Salience(actor, dimension);
                range = (Math.Max(0, v - SalienceProbe), Math.Min(1, v + SalienceProbe));
                break;
            default:
                v = problem.Position(actor, dimension);
                range = (Math.Max(Math.Min(0, v), v - PositionProbe), Math.Min(Math.Max(100, v), v + PositionProbe));
                break;
        }

        return new UncertainInput(actor, dimension, kind, Model.Distribution.Uniform(range.Min, range.Max));
    }

    /// <summary>True when <paramref name="moved"/> lies in another mode than <paramref name="point"/> (or, with options, lands on another option).</summary>
    public static bool Flips(double point, double moved, DistributionShape? shape, ImmutableArray<OptionPoint> options)
    {
        if (!double.IsFinite(point) || !double.IsFinite(moved))
        {
            return false;
        }

        if (!options.IsDefaultOrEmpty)
        {
            var scale = new IssueScale(0, 100, null, options);
            return scale.NearestOption(point) != scale.NearestOption(moved);
        }

        if (shape is null || shape.Modes.Length < 2)
        {
            return false;
        }

        return ModeOf(shape, point) != ModeOf(shape, moved);
    }

    private static int ModeOf(DistributionShape shape, double value)
    {
        int best = 0;
        double distance = double.PositiveInfinity;
        for (int m = 0; m < shape.Modes.Length; m++)
        {
            var mode = shape.Modes[m];
            double d = value < mode.Low ? mode.Low - value : value > mode.High ? value - mode.High : 0;
            if (d < distance)
            {
                best = m;
                distance = d;
            }
        }

        return best;
    }

    private static ForecastProblem With(ForecastProblem problem, UncertainInput u, double value)
    {
        var c = problem.Capabilities.ToArray();
        var x = problem.Positions.ToArray();
        var s = problem.Saliences.ToArray();
        int at = (u.Actor * problem.DimensionCount) + u.Dimension;
        switch (u.Kind)
        {
            case ForecastInputKind.Capability:
                c[u.Actor] = Math.Max(0, value);
                break;
            case ForecastInputKind.Position:
                x[at] = value;
                break;
            default:
                s[at] = Math.Clamp(value, 0, 1);
                break;
        }

        return new ForecastProblem(problem.Actors, problem.Dimensions, c, x, s);
    }
}
