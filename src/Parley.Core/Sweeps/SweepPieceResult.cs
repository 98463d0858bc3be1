using System.Collections.Immutable;

namespace Parley.Core.Sweeps;

/// <summary>
/// What one piece computed: per draw (in order) and answer (in the scenario's order), 1 or 0 for a truth value,
/// the number for a reading, NaN where the draw could not answer. Or, when the variant cannot be derived or a
/// draw fails on the scenario, the sentence saying why (the piece is not run again).
/// </summary>
/// <param name="Piece">The piece's index.</param>
/// <param name="Values">Draws × answers, row by draw; empty when <paramref name="Problem"/> is set.</param>
/// <param name="Problem">Why the piece has no values, or null.</param>
public sealed record SweepPieceResult(int Piece, ImmutableArray<double> Values, string? Problem);
