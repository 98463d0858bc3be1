namespace Parley.Cluster.Sweeps;

/// <summary>One piece's values (draws × answers; NaN where a draw gave no answer) or its problem.</summary>
[GenerateSerializer, Immutable]
public sealed record PieceOutcome(
    [property: Id(0)] int Piece,
    [property: Id(1)] double[] Values,
    [property: Id(2)] string? Problem);
