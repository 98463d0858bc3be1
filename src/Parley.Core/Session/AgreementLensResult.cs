using Parley.Core.Agreement;

namespace Parley.Core.Session;

/// <summary>The agreement lens on one track of one variant.</summary>
/// <param name="Track">The track.</param>
/// <param name="Problem">The bargaining problem built from the variant's positions.</param>
/// <param name="Space">The exact agreement-space decision (and its size).</param>
/// <param name="Analysis">Blocking sets, common ground, frontier and solutions (a verdict of no positions when no consenting actor takes one); null at <see cref="LensDepth.VerdictsOnly"/>.</param>
public sealed record AgreementLensResult(string Track, AgreementProblem Problem, AgreementSpaceResult? Space, AgreementResult? Analysis)
{
    /// <summary>Whether no actor's consent is needed or none of them takes a position on the track.</summary>
    public bool HasNoPositions => Problem.ActorCount == 0 || Problem.TracksWithoutPositions.Length == Problem.Tracks.Length;
}
