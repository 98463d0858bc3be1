using System.Collections.Immutable;
using Parley.Core.Agreement;
using Parley.Core.Analysis;
using Parley.Core.Model;

namespace Parley.Core.Sensitivity;

/// <summary>Attaches sensitivity and robustness to the agreement and stability verdicts of one analysed variant.</summary>
internal static class VerdictProbes
{
    public static (ImmutableArray<TrackAgreement> Agreement, StabilitySummary? Stability) Attach(Scenario scenario, ImmutableArray<TrackAgreement> agreement, StabilitySummary? stability, AnalysisOptions options)
    {
        var tracks = agreement.Select(t => t.Verdict == AgreementVerdict.NoPositions
            ? t
            : t with
            {
                Sensitivity = options.Sensitivity ? AgreementSensitivity.ForTrack(scenario, t.Track) : null,
                Robustness = options.ClaimDraws > 0 ? AgreementSensitivity.RobustnessOf(scenario, t.Track, options.ClaimDraws, options.Seed, options.MaxDegreeOfParallelism) : null,
            }).ToImmutableArray();
        if (stability is { StatusQuo: not null } && scenario.Conflict is { } conflict)
        {
            // Preferences and options are not drawn, so every draw gives the point verdict.
            var robustness = options.ClaimDraws > 0 ? Robustness.Of(options.ClaimDraws, options.ClaimDraws, options.ClaimDraws, options.Seed) : null;
            stability = stability with
            {
                Concepts = [.. stability.Concepts.Select(c => c with
                {
                    Sensitivity = options.Sensitivity ? StabilitySensitivity.ForStatusQuo(conflict, c.Concept) : null,
                    Robustness = robustness,
                })],
            };
        }

        return (tracks, stability);
    }
}
