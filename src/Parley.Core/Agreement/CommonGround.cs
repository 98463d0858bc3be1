using System.Collections.Immutable;

namespace Parley.Core.Agreement;

/// <summary>
/// Common ground per issue: the options inside every consenting actor's red line on that issue, judged on
/// the issue alone (walk-away values, which weigh whole packages, do not enter). An issue with common
/// ground can be settled by a partial agreement even when no whole package is acceptable.
/// </summary>
public static class CommonGround
{
    /// <summary>The common ground of each issue of <paramref name="problem"/>, in issue order.</summary>
    public static ImmutableArray<IssueCommonGround> Of(AgreementProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var result = ImmutableArray.CreateBuilder<IssueCommonGround>(problem.IssueCount);
        for (int i = 0; i < problem.IssueCount; i++)
        {
            var names = problem.Space.OptionNames[i];
            var consenting = ImmutableArray.CreateBuilder<string>();
            var stances = new List<string>();
            for (int a = 0; a < problem.ActorCount; a++)
            {
                if (!problem.NeedsConsent(a, i))
                {
                    continue;
                }

                consenting.Add(problem.ActorIds[a]);
                if (problem.HasRedLine(a, i))
                {
                    var accepted = Enumerable.Range(0, names.Length).Where(o => problem.IsAllowed(a, i, o)).Select(o => names[o]);
                    stances.Add($"{problem.ActorIds[a]} accepts {string.Join(", ", accepted)}");
                }
            }

            var options = ImmutableArray.CreateBuilder<string>();
            for (int o = 0; o < names.Length; o++)
            {
                bool all = true;
                for (int a = 0; a < problem.ActorCount && all; a++)
                {
                    all = problem.IsAllowed(a, i, o);
                }

                if (all)
                {
                    options.Add(names[o]);
                }
            }

            string reason = stances.Count == 0
                ? "No consenting actor draws a red line here: every option is common ground."
                : options.Count == 0
                    ? $"{string.Join("; ", stances)}: no option lies inside every red line."
                    : $"{string.Join("; ", stances)}: common ground {string.Join(", ", options)}.";
            result.Add(new IssueCommonGround(problem.IssueIds[i], consenting.ToImmutable(), options.ToImmutable(), reason));
        }

        return result.MoveToImmutable();
    }
}
