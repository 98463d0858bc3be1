using System.Globalization;
using Parley.Core.Agreement;

namespace Parley.Core.Claims;

// agreement(track: T).gain(actor: A, issue: I, from: X, to: Y, given: J, given-option: Z): what moving
// issue I from option X to option Y is worth to A, with issue J held at option Z. With additive
// utilities the answer is the same whatever J holds; interaction terms make it depend on J, which is
// what a claim such as "one side's concession is worth less while another side keeps its measure" says.
internal sealed partial class LensAnswers
{
    private static QueryAnswer GainAnswer(AgreementProblem problem, string track, LensQuery query)
    {
        string actorId = query.PropertyArgument("actor")!;
        string issueId = query.PropertyArgument("issue")!;
        int actor = problem.ActorIds.IndexOf(actorId);
        if (actor < 0)
        {
            return QueryAnswer.Lacking($"'{actorId}' holds no position that counts on track '{track}' (its actors: {string.Join(", ", problem.ActorIds)})");
        }

        if (Option(problem, track, issueId, query.PropertyArgument("from")!, out int issue, out int from) is { } fromProblem)
        {
            return QueryAnswer.Lacking(fromProblem);
        }

        if (Option(problem, track, issueId, query.PropertyArgument("to")!, out _, out int to) is { } toProblem)
        {
            return QueryAnswer.Lacking(toProblem);
        }

        // The other issues sit at the actor's own best option, so only the combinations the query names
        // change between the two packages.
        var utility = problem.Utilities[actor];
        var package = new int[problem.IssueCount];
        for (int k = 0; k < package.Length; k++)
        {
            package[k] = Best(utility, k, problem.Space.Cardinalities[k]);
        }

        string held = string.Empty;
        if (query.PropertyArgument("given") is { } givenId)
        {
            if (query.PropertyArgument("given-option") is not { } givenOption)
            {
                return QueryAnswer.Lacking("'given' names an issue but no 'given-option' to hold it at");
            }

            if (Option(problem, track, givenId, givenOption, out int given, out int at) is { } givenProblem)
            {
                return QueryAnswer.Lacking(givenProblem);
            }

            if (given == issue)
            {
                return QueryAnswer.Lacking($"'given' names the issue that moves ({issueId}); hold another issue");
            }

            package[given] = at;
            held = $" while {givenId} is {givenOption}";
        }

        package[issue] = to;
        double after = utility.Of(package);
        package[issue] = from;
        double before = utility.Of(package);
        double gain = after - before;
        return QueryAnswer.Of(gain, string.Create(CultureInfo.InvariantCulture, $"To {actorId}, moving {issueId} from {query.PropertyArgument("from")} to {query.PropertyArgument("to")}{held} is worth {gain:0.####} (utility {before:0.####} → {after:0.####}, the other issues at {actorId}'s best)."));
    }

    private static string? Option(AgreementProblem problem, string track, string issueId, string optionId, out int issue, out int option)
    {
        option = -1;
        issue = problem.IssueIds.IndexOf(issueId);
        if (issue < 0)
        {
            return $"track '{track}' has no issue '{issueId}' (its issues: {string.Join(", ", problem.IssueIds)})";
        }

        // A numeric issue's "option" is a number on its grid (the nearest grid point).
        option = problem.OptionNumbers[issue].IsEmpty
            ? problem.OptionIndex(issue, optionId, null)
            : double.TryParse(optionId, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) ? problem.OptionIndex(issue, null, value) : -1;
        return option < 0 ? $"issue '{issueId}' has no option '{optionId}'" : null;
    }

    private static int Best(AdditiveUtility utility, int issue, int options)
    {
        int best = 0;
        for (int o = 1; o < options; o++)
        {
            if (utility.Contribution(issue, o) > utility.Contribution(issue, best))
            {
                best = o;
            }
        }

        return best;
    }
}
