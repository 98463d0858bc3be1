using System.Collections.Immutable;

namespace Parley.Core.Sweeps;

/// <summary>Folds the pieces' values into the sweep's rows, in variant and answer order (the same from any run).</summary>
public static class SweepRows
{
    /// <summary>The rows of <paramref name="definition"/> from the results of all its pieces.</summary>
    /// <exception cref="ArgumentException">A piece is missing.</exception>
    public static ImmutableArray<SweepRow> Of(SweepDefinition definition, IReadOnlyDictionary<int, SweepPieceResult> pieces)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(pieces);
        var rows = ImmutableArray.CreateBuilder<SweepRow>();
        int per = definition.PiecesPerVariant;
        foreach (var variant in definition.Variants)
        {
            var scenario = definition.Scenarios[variant.Scenario];
            var answers = scenario.Answers;
            var columns = new List<double>[answers.Length];
            for (int a = 0; a < answers.Length; a++)
            {
                columns[a] = new List<double>(definition.Draws);
            }

            string? problem = null;
            for (int b = 0; b < per; b++)
            {
                int index = (variant.Index * per) + b;
                if (!pieces.TryGetValue(index, out var piece))
                {
                    throw new ArgumentException($"Piece {index} has no result; every piece must be done before the rows are made.", nameof(pieces));
                }

                if (piece.Problem is not null)
                {
                    problem ??= piece.Problem;
                    continue;
                }

                for (int i = 0; i < piece.Values.Length; i++)
                {
                    columns[i % answers.Length].Add(piece.Values[i]);
                }
            }

            for (int a = 0; a < answers.Length; a++)
            {
                rows.Add(Row(scenario.Name, variant, answers[a], definition.Draws, columns[a], problem));
            }
        }

        return rows.ToImmutable();
    }

    private static SweepRow Row(string scenario, SweepVariant variant, SweepAnswer answer, int draws, List<double> values, string? problem)
    {
        var decided = values.Where(v => !double.IsNaN(v)).ToArray();
        var row = new SweepRow(scenario, variant.Index, variant.Levers, variant.Date, variant.OverridesText, answer.Id, answer.Kind, draws, decided.Length, null, null, null, null, null, null, problem);
        if (decided.Length == 0)
        {
            return row;
        }

        if (answer.IsTruth)
        {
            int held = decided.Count(v => v == 1);
            return row with { Held = held, Fraction = (double)held / decided.Length };
        }

        // Summed in draw order, so the mean is the same double on every run.
        double sum = 0;
        foreach (double v in decided)
        {
            sum += v;
        }

        var sorted = decided.Order().ToArray();
        return row with { Mean = sum / decided.Length, Median = Quantile(sorted, 0.5), P10 = Quantile(sorted, 0.1), P90 = Quantile(sorted, 0.9) };
    }

    /// <summary>The q-quantile of sorted values, interpolated between neighbours (Hyndman and Fan type 7).</summary>
    public static double Quantile(IReadOnlyList<double> sorted, double q)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        if (sorted.Count == 0)
        {
            throw new ArgumentException("No values to take a quantile of.", nameof(sorted));
        }

        double h = (sorted.Count - 1) * q;
        int lo = (int)Math.Floor(h);
        int hi = Math.Min(lo + 1, sorted.Count - 1);
        return sorted[lo] + ((h - lo) * (sorted[hi] - sorted[lo]));
    }
}
