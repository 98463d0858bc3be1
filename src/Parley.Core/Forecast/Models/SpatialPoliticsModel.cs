using System.Collections.Immutable;

namespace Parley.Core.Forecast;

/// <summary>
/// A spatial model of politics in the manner of KTAB's SMP (KAPSARC): each round, risk attitudes are
/// inferred from a risk-neutral probabilistic Condorcet election over the actors' positions; every
/// actor picks the challenge with the largest expected gain (third parties join the side they expect
/// to profit from); challenger and target interpolate a bargain; every actor then adopts the most
/// probable of the bargains that involve it (or keeps its position). Several dimensions at once.
/// </summary>
/// <remarks>
/// Computes only what the forecast needs: O(n³ + n²K) per round (KTAB's logging makes it O(n⁴)),
/// O(n² + nK) memory, plus O(n³) per recorded state for its winning probabilities. The path of states
/// is kept only when asked for.
/// </remarks>
public static partial class SpatialPoliticsModel
{
    private const double MinimumChallengeCoalition = 1e-10;
    private const double MinimumSignificantGain = 1e-5;

    /// <summary>Runs the model until its stop rule holds.</summary>
    /// <param name="problem">Positions on 0–100 axes; saliences with Σₖ sᵢₖ ≤ 1 per actor; capabilities.</param>
    /// <param name="options">Parameters; KTAB's defaults when null.</param>
    /// <param name="recordPath">Whether to keep every state with its winning probabilities.</param>
    /// <param name="rounds">Told the number of rounds finished after each round, or null.</param>
    /// <param name="cancellationToken">Stops between rounds.</param>
    /// <exception cref="ArgumentException">A position is outside [0, 100] or an actor's saliences sum above 1.</exception>
    public static SpatialPoliticsResult Run(ForecastProblem problem, SpatialPoliticsOptions? options = null, bool recordPath = false, IProgress<int>? rounds = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(problem);
        options ??= SpatialPoliticsOptions.Default;
        Validate(problem, options);
        int n = problem.ActorCount;
        int dims = problem.DimensionCount;
        var model = new Setting(problem, options);
        var first = model.Assess(Scaled(problem.Positions));
        var path = recordPath ? ImmutableArray.CreateBuilder<SpatialPoliticsRound>() : null;
        path?.Add(new SpatialPoliticsRound(0, Unscaled(first.Positions), [.. model.WinningProbabilities(first)], double.NaN));
        var previous = first;
        double firstMove = 0;
        bool converged = false;
        int round = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            round++;
            var next = model.Assess(model.Bargain(previous));
            rounds?.Report(round);
            double moved = Movement(previous.Positions, next.Positions, n, dims);
            if (round == 1)
            {
                firstMove = moved + options.MinSignificantMovement;
            }

            double ratio = moved / firstMove;
            path?.Add(new SpatialPoliticsRound(round, Unscaled(next.Positions), [.. model.WinningProbabilities(next)], ratio));
            previous = next;
            bool quiet = round >= options.MinRounds && ratio < options.StopRatio;
            if (quiet)
            {
                converged = true;
                break;
            }

            if (round >= options.MaxRounds)
            {
                break;
            }
        }

        var finalProbabilities = recordPath ? path![^1].WinningProbabilities : [.. model.WinningProbabilities(previous)];
        var finalPositions = Unscaled(previous.Positions);
        return new SpatialPoliticsResult(
            [.. Forecasts(problem, finalPositions)],
            [.. model.ExpectedOutcome(previous)],
            finalPositions,
            finalProbabilities,
            round,
            converged,
            path?.ToImmutable() ?? []);
    }

    /// <summary>One round from the problem's positions: the positions every actor holds afterwards (0–100).</summary>
    public static ImmutableArray<double> NextRound(ForecastProblem problem, SpatialPoliticsOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(problem);
        options ??= SpatialPoliticsOptions.Default;
        Validate(problem, options);
        var model = new Setting(problem, options);
        return Unscaled(model.Bargain(model.Assess(Scaled(problem.Positions))));
    }

    /// <summary>Why the model cannot take <paramref name="problem"/> (a position off [0, 100], saliences summing above 1), or null when it can.</summary>
    public static string? Unsuitable(ForecastProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        for (int i = 0; i < problem.ActorCount; i++)
        {
            double total = 0;
            for (int k = 0; k < problem.DimensionCount; k++)
            {
                double x = problem.Position(i, k);
                if (x < 0 || x > 100)
                {
                    return $"the spatial model needs positions on a 0–100 axis; '{problem.Actors[i]}' is at {x} on '{problem.Dimensions[k]}'";
                }

                total += problem.Salience(i, k);
            }

            if (total > 1 + 1e-9)
            {
                return $"the spatial model needs each actor's saliences to sum to at most 1; those of '{problem.Actors[i]}' sum to {total}";
            }
        }

        return null;
    }

    private static void Validate(ForecastProblem problem, SpatialPoliticsOptions options)
    {
        int dims = problem.DimensionCount;
        for (int i = 0; i < problem.ActorCount; i++)
        {
            double total = 0;
            for (int k = 0; k < dims; k++)
            {
                double x = problem.Position(i, k);
                if (x < 0 || x > 100)
                {
                    throw new ArgumentException($"The spatial model needs positions in [0, 100]; '{problem.Actors[i]}' has {x} on '{problem.Dimensions[k]}'.", nameof(problem));
                }

                total += problem.Salience(i, k);
            }

            if (total > 1 + 1e-9)
            {
                throw new ArgumentException($"The saliences of '{problem.Actors[i]}' sum to {total} over the dimensions; the spatial model needs at most 1.", nameof(problem));
            }
        }

        if (options.MaxRounds < 1 || options.MinRounds < 0 || !(options.StopRatio >= 0) || !(options.PositionTolerance >= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(options), "MaxRounds must be at least 1 and the stop parameters non-negative.");
        }
    }

    private static double[] Scaled(ReadOnlySpan<double> positions)
    {
        var scaled = new double[positions.Length];
        for (int i = 0; i < positions.Length; i++)
        {
            scaled[i] = positions[i] / 100.0;
        }

        return scaled;
    }

    private static ImmutableArray<double> Unscaled(double[] positions)
    {
        var builder = ImmutableArray.CreateBuilder<double>(positions.Length);
        foreach (double x in positions)
        {
            builder.Add(x * 100.0);
        }

        return builder.MoveToImmutable();
    }

    private static double Movement(double[] a, double[] b, int n, int dims)
    {
        double sum = 0;
        for (int i = 0; i < n; i++)
        {
            double sq = 0;
            for (int k = 0; k < dims; k++)
            {
                double d = a[(i * dims) + k] - b[(i * dims) + k];
                sq += d * d;
            }

            sum += Math.Sqrt(sq);
        }

        return sum;
    }

    private static double[] Forecasts(ForecastProblem problem, ImmutableArray<double> positions)
    {
        int n = problem.ActorCount;
        int dims = problem.DimensionCount;
        var forecast = new double[dims];
        var x = new double[n];
        var w = new double[n];
        for (int k = 0; k < dims; k++)
        {
            for (int i = 0; i < n; i++)
            {
                x[i] = positions[(i * dims) + k];
                w[i] = problem.Capability(i) * problem.Salience(i, k);
            }

            forecast[k] = WeightedMean.Of(x, w);
        }

        return forecast;
    }

    /// <summary>Salience-weighted distance of KTAB: √(Σₖ (sₖ dₖ)² / Σₖ sₖ²); 0 for an actor that cares about nothing.</summary>
    internal static double Distance(ReadOnlySpan<double> from, ReadOnlySpan<double> to, ReadOnlySpan<double> salience)
    {
        double ds = 0, ss = 0;
        for (int k = 0; k < salience.Length; k++)
        {
            double d = (from[k] - to[k]) * salience[k];
            ds += d * d;
            ss += salience[k] * salience[k];
        }

        return ss > 0 ? Math.Sqrt(ds / ss) : 0;
    }

    /// <summary>KTAB's utility of distance d with risk attitude R: (1 − d)(1 + dR), i.e. 1 − d² at R = 1 and (1 − d)² at R = −1.</summary>
    public static double Utility(double distance, double risk) =>
        distance <= 1 ? (1 - distance) * (1 + (distance * risk)) : (1 - distance) * (1 + risk);

    /// <summary>Risk attitudes from the probabilities of the positions (KTAB's bigRfromProb).</summary>
    /// <remarks>When every position is equally likely there is nothing to infer and R = 0 (risk neutral); KTAB divides by zero there.</remarks>
    public static void RiskFromProbabilities(ReadOnlySpan<double> p, RiskRange range, Span<double> risk)
    {
        double min = 1, max = 0;
        foreach (double pi in p)
        {
            min = Math.Min(min, pi);
            max = Math.Max(max, pi);
        }

        for (int i = 0; i < p.Length; i++)
        {
            risk[i] = !(max - min > 0) ? 0 : range switch
            {
                RiskRange.Min => (p[i] - min) / (max - min),
                RiskRange.Mid => ((3 * p[i]) - (max + (2 * min))) / (2 * (max - min)),
                _ => ((2 * p[i]) - (max + min)) / (max - min),
            };
        }
    }

    /// <summary>h's estimate of i's risk attitude.</summary>
    public static double EstimateRisk(double own, double other, RiskEstimate estimate) => estimate switch
    {
        RiskEstimate.Full => other,
        RiskEstimate.TwoThirds => (own + (2.0 * other)) / 3.0,
        RiskEstimate.Half => (own + other) / 2,
        RiskEstimate.OneThird => ((2.0 * own) + other) / 3.0,
        _ => own,
    };
}
