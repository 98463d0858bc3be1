namespace Parley.Cluster.Sweeps;

/// <summary>A piece's stored result: written once, when the piece is done, so no restart computes it again.</summary>
[GenerateSerializer]
public sealed class PieceState
{
    /// <summary>The result, or null until the piece is done.</summary>
    [Id(0)] public PieceOutcome? Outcome { get; set; }
}
