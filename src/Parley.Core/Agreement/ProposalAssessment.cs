using System.Collections.Immutable;
using Parley.Core.Model;

namespace Parley.Core.Agreement;

/// <summary>
/// How a proposal fares: what it is worth to each consenting actor, who accepts and who rejects and why,
/// and the acceptable package nearest to it. A proposal is judged as a deal on the issues it settles:
/// the problem is built from exactly those issues (weights renormalised over them, see
/// <see cref="AgreementProblem"/>).
/// </summary>
/// <param name="ProposalId">The proposal.</param>
/// <param name="Name">Its display name.</param>
/// <param name="ProposedBy">Who put it forward.</param>
/// <param name="Package">The package it proposes, on the issues it settles.</param>
/// <param name="Responses">Each consenting actor's response.</param>
/// <param name="AcceptedByAll">True when every consenting actor accepts.</param>
/// <param name="Nearest">The acceptable package with the fewest issues changed, or null when none exists.</param>
/// <param name="Notes">Terms that could not be read, and why the nearest package is missing if it is.</param>
public sealed record ProposalAssessment(
    string ProposalId,
    string Name,
    string ProposedBy,
    ScoredPackage? Package,
    ImmutableArray<ActorResponse> Responses,
    bool AcceptedByAll,
    NearestPackage? Nearest,
    ImmutableArray<string> Notes)
{
    /// <summary>
    /// Assesses <paramref name="proposal"/> in <paramref name="scenario"/>, on the terms whose issues lie on
    /// <paramref name="tracks"/> (all tracks when null or empty).
    /// </summary>
    public static ProposalAssessment Of(Scenario scenario, Proposal proposal, IReadOnlyCollection<string>? tracks, SearchBudget budget)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(proposal);
        ArgumentNullException.ThrowIfNull(budget);
        var notes = ImmutableArray.CreateBuilder<string>();
        var terms = new List<ProposalTerm>();
        foreach (var term in proposal.Terms)
        {
            var issue = scenario.FindIssue(term.IssueId);
            if (issue is null)
            {
                notes.Add($"Term on unknown issue '{term.IssueId}' ignored.");
            }
            else if (tracks is null || tracks.Count == 0 || tracks.Contains(issue.Track))
            {
                terms.Add(term);
            }
        }

        if (terms.Count == 0)
        {
            notes.Add("The proposal settles no issue of the selected tracks.");
            return new ProposalAssessment(proposal.Id, proposal.Name, proposal.ProposedBy, null, [], false, null, notes.ToImmutable());
        }

        var problem = AgreementProblem.FromIssues(scenario, terms.Select(t => t.IssueId));
        var package = new int[problem.IssueCount];
        Array.Fill(package, -1);
        foreach (var term in terms)
        {
            int i = problem.IssueIds.IndexOf(term.IssueId);
            int o = problem.OptionIndex(i, term.OptionId, term.Value);
            if (o < 0)
            {
                notes.Add($"The term on '{term.IssueId}' names no option of the issue ({term.OptionId ?? term.Value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "nothing"}); the issue is left open.");
            }
            else
            {
                package[i] = o;
            }
        }

        var nearest = NearestPackage.Find(problem, package, budget);
        if (nearest is null)
        {
            notes.Add(budget.Exhausted
                ? "The search budget ran out before an acceptable package was found."
                : "No package of these issues is acceptable to every consenting actor, so there is no nearest one.");
        }

        if (Array.IndexOf(package, -1) >= 0)
        {
            // An open issue: score the proposal completed by the nearest acceptable choice, or by the first option.
            for (int i = 0; i < package.Length; i++)
            {
                if (package[i] < 0)
                {
                    package[i] = nearest?.Package.Options[i] ?? 0;
                    notes.Add($"Issue '{problem.IssueIds[i]}' is left open; it is scored at {problem.Space.OptionNames[i][package[i]]}.");
                }
            }
        }

        var responses = ImmutableArray.CreateBuilder<ActorResponse>(problem.ActorCount);
        for (int a = 0; a < problem.ActorCount; a++)
        {
            responses.Add(ActorResponse.Of(problem, a, package));
        }

        bool all = responses.All(r => r.Accepts);
        notes.AddRange(problem.Notes);
        return new ProposalAssessment(proposal.Id, proposal.Name, proposal.ProposedBy, ScoredPackage.Of(problem, package), responses.MoveToImmutable(), all, nearest, notes.ToImmutable());
    }
}
