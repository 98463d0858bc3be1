using System.Collections.Immutable;

namespace Parley.Core.Agreement;

/// <summary>Everything the agreement lens says about a scenario.</summary>
/// <param name="ScenarioId">The scenario.</param>
/// <param name="Title">Its title.</param>
/// <param name="Levers">The levers pulled before the analysis, in order.</param>
/// <param name="PerTrack">One result per analysed track, in scenario order.</param>
/// <param name="Selection">The chosen tracks together, when two or more were chosen; null otherwise.</param>
/// <param name="Whole">The whole scenario: every track at once.</param>
/// <param name="Proposals">Each proposal touching the analysed tracks, assessed.</param>
public sealed record AgreementReport(
    string ScenarioId,
    string Title,
    ImmutableArray<string> Levers,
    ImmutableArray<AgreementResult> PerTrack,
    AgreementResult? Selection,
    AgreementResult Whole,
    ImmutableArray<ProposalAssessment> Proposals);
