using Parley.Core.Forecast;

namespace Parley.Formats.Deu;

/// <summary>One controversial issue of a DEU legislative proposal, with the recorded outcome.</summary>
/// <param name="Id">Issue id (<c>isnr</c>, such as <c>d00032i1</c>).</param>
/// <param name="Proposal">Proposal id (<c>prnr</c>).</param>
/// <param name="Name">Proposal name (<c>prname</c>).</param>
/// <param name="Procedure">Legislative procedure (<c>COD</c>, <c>CNS</c>).</param>
/// <param name="CouncilVote">Council voting rule (<c>QMV</c>, <c>Unan</c>).</param>
/// <param name="Problem">The actors with a position on the issue: capability from the file's capability row, position 0–100, salience (divided by 100; 0 where not coded).</param>
/// <param name="ReferencePoint">The reference point (status quo) on 0–100, or null.</param>
/// <param name="Outcome">The recorded outcome on 0–100, or null.</param>
/// <param name="Line">1-based line of the issue in the file.</param>
public sealed record DeuIssue(
    string Id,
    string Proposal,
    string Name,
    string Procedure,
    string CouncilVote,
    ForecastProblem Problem,
    double? ReferencePoint,
    double? Outcome,
    int Line);
