using System.Collections.Immutable;

namespace Parley.Core.Sweeps;

/// <summary>
/// A checked sweep: scenarios, the variants expanded from the spec, the answers, and how the draws are cut into
/// pieces. A piece is one variant and a block of consecutive draws; draw <c>d</c> of variant <c>v</c> is seeded
/// from <see cref="Seed"/>, <c>v</c> and <c>d</c> alone, so a piece computes the same values wherever and
/// whenever it runs, and the sweep's result does not depend on how its pieces were spread or resumed.
/// </summary>
/// <param name="Name">The sweep's name.</param>
/// <param name="Seed">The sweep seed.</param>
/// <param name="Draws">Draws of the uncertain figures per variant.</param>
/// <param name="DrawsPerPiece">Draws per piece (the last piece of a variant may have fewer).</param>
/// <param name="ForecastRuns">Monte Carlo runs of a forecast within one draw.</param>
/// <param name="Scenarios">The scenarios and their answers.</param>
/// <param name="Variants">Every variant, in order.</param>
public sealed record SweepDefinition(
    string Name,
    ulong Seed,
    int Draws,
    int DrawsPerPiece,
    int ForecastRuns,
    ImmutableArray<SweepScenario> Scenarios,
    ImmutableArray<SweepVariant> Variants)
{
    /// <summary>Pieces per variant.</summary>
    public int PiecesPerVariant => (Draws + DrawsPerPiece - 1) / DrawsPerPiece;

    /// <summary>Pieces in the whole sweep.</summary>
    public long PieceCount => (long)Variants.Length * PiecesPerVariant;

    /// <summary>The variant and the draws of piece <paramref name="piece"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">No such piece.</exception>
    public (SweepVariant Variant, int FirstDraw, int Count) Piece(int piece)
    {
        if (piece < 0 || piece >= PieceCount)
        {
            throw new ArgumentOutOfRangeException(nameof(piece), $"The sweep has pieces 0 to {PieceCount - 1}; got {piece}.");
        }

        int block = piece % PiecesPerVariant;
        int first = block * DrawsPerPiece;
        return (Variants[piece / PiecesPerVariant], first, Math.Min(DrawsPerPiece, Draws - first));
    }

    /// <summary>
    /// Every piece once: each variant's first piece, then each variant's second, and so on. Pieces taken in this
    /// order a few at a time belong to different variants, so no thread waits while another makes the variant's
    /// setup (its derivation and structures, made once and shared), and on a cluster they spread over the silos.
    /// </summary>
    public IEnumerable<int> PiecesInterleaved()
    {
        int perVariant = PiecesPerVariant;
        for (int block = 0; block < perVariant; block++)
        {
            for (int variant = 0; variant < Variants.Length; variant++)
            {
                yield return (variant * perVariant) + block;
            }
        }
    }
}
