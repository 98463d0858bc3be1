using Parley.Core.Claims;
using Parley.Core.Forecast;
using Parley.Core.Variants;

namespace Parley.Core.Sweeps;

/// <summary>
/// Computes one piece of a sweep: for each of its draws, the scenario's uncertain figures drawn from the draw's
/// own seed, then every answer asked of the drawn scenario. A pure function of the sweep and the piece's index.
/// </summary>
public static class SweepPiece
{
    /// <summary>The seed of draw <paramref name="draw"/> of variant <paramref name="variant"/>.</summary>
    public static ulong DrawSeed(ulong sweepSeed, int variant, int draw) => SeededRandom.BlockSeed(SeededRandom.BlockSeed(sweepSeed, variant), draw);

    /// <summary>Runs piece <paramref name="piece"/>.</summary>
    /// <param name="sessions">The sweep's sessions (a cache shared by the pieces run in this process).</param>
    /// <param name="piece">The piece's index.</param>
    /// <param name="cancellationToken">Stops between draws.</param>
    public static SweepPieceResult Run(SweepSessions sessions, int piece, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        var definition = sessions.Definition;
        var (variant, first, count) = definition.Piece(piece);
        var answers = definition.Scenarios[variant.Scenario].Answers;
        var (session, problem) = sessions.For(variant);
        if (session is null)
        {
            return new SweepPieceResult(piece, [], problem);
        }

        var derivation = session.Variant(variant.Key);
        if (!derivation.Problems.IsEmpty)
        {
            return new SweepPieceResult(piece, [], string.Join(" ", derivation.Problems.Select(p => $"{p.Code}: {p.Message}")));
        }

        var keys = new VariantKey[answers.Length];
        var tests = new ClaimTestParseResult[answers.Length];
        for (int a = 0; a < answers.Length; a++)
        {
            keys[a] = new VariantKey(variant.Key.Levers.Concat(answers[a].Levers).Distinct(StringComparer.Ordinal), variant.Key.At ?? answers[a].At);
            tests[a] = sessions.Test(answers[a]);
        }

        var values = new double[count * answers.Length];
        try
        {
            for (int d = 0; d < count; d++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var random = new SeededRandom(DrawSeed(definition.Seed, variant.Index, first + d));
                var drawn = session.ForDraw(ScenarioDraw.Of(session.Scenario, random));
                var lenses = new Dictionary<VariantKey, LensAnswers>();
                for (int a = 0; a < answers.Length; a++)
                {
                    double value = double.NaN;
                    if (tests[a] is { IsValid: true } test)
                    {
                        if (!lenses.TryGetValue(keys[a], out var lens))
                        {
                            lens = new LensAnswers(drawn, keys[a]);
                            lenses[keys[a]] = lens;
                        }

                        if (ClaimInterpreter.Evaluate(test.Expression!, lens, null) is { } v)
                        {
                            value = v.Type == ClaimValueType.Boolean ? (v.Boolean ? 1 : 0) : v.Number;
                        }
                    }

                    values[(d * answers.Length) + a] = value;
                }
            }
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            // An engine refusing a drawn scenario is a property of the input, the same on every node: the piece is
            // reported with the reason and never run again.
            return new SweepPieceResult(piece, [], $"A draw of this variant could not be analysed: {ex.Message}");
        }

        return new SweepPieceResult(piece, [.. values], null);
    }
}
