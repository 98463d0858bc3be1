namespace Parley.Formats.Json.Dto.Stability;

/// <summary>The inverse search (<c>--inverse</c>): which rankings make a state stable.</summary>
/// <param name="State">The desired state.</param>
/// <param name="DecisionMaker">Whose ranking was varied.</param>
/// <param name="Positions">Top positions permuted.</param>
/// <param name="CandidateCount">Rankings tried.</param>
/// <param name="CurrentRanking">The ranking now, best first.</param>
/// <param name="Concepts">Per concept, how many rankings work.</param>
public sealed record InverseDto(int State, string DecisionMaker, int Positions, int CandidateCount, IEnumerable<int> CurrentRanking, IEnumerable<InverseConceptDto> Concepts);
