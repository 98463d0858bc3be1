namespace Parley.Core.Model;

/// <summary>How a proposal settles one issue.</summary>
/// <param name="IssueId">The issue.</param>
/// <param name="OptionId">The option (discrete issues), or null.</param>
/// <param name="Value">The number (numeric issues), or null.</param>
public sealed record ProposalTerm(string IssueId, string? OptionId, double? Value);
