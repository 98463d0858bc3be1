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
