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

            var relaxations = options.Count == 0 ? MinimalRelaxations(problem, i) : [];
            string reason = stances.Count == 0
                ? "No consenting actor draws a red line here: every option is common ground."
                : options.Count == 0
                    ? $"{string.Join("; ", stances)}: no option lies inside every red line; {GiveWay(relaxations)}."
                    : $"{string.Join("; ", stances)}: common ground {string.Join(", ", options)}.";
            result.Add(new IssueCommonGround(problem.IssueIds[i], consenting.ToImmutable(), options.ToImmutable(), reason, relaxations));
        }

        return result.MoveToImmutable();
    }

    /// <summary>"RU or UA and EU must give way".</summary>
    public static string GiveWay(ImmutableArray<ImmutableArray<string>> relaxations) =>
        relaxations.IsDefaultOrEmpty
            ? "no relaxation of red lines alone gives it common ground"
            : $"{string.Join(" or ", relaxations.Select(r => string.Join(" and ", r)))} must give way";

    // The minimal sets of actors whose red lines on the issue, relaxed together, leave an option inside all
    // the others: subsets by increasing size, keeping those that contain no smaller working subset. The
    // actors with a binding red line on one issue are few (the parties), so the subsets are few.
    private static ImmutableArray<ImmutableArray<string>> MinimalRelaxations(AgreementProblem problem, int issue)
    {
        var drawing = Enumerable.Range(0, problem.ActorCount).Where(a => problem.HasRedLine(a, issue)).ToArray();
        if (drawing.Length > 20)
        {
            return [];
        }

        var masks = Enumerable.Range(1, (1 << drawing.Length) - 1)
            .OrderBy(BitCount).ThenBy(m => m).ToList();
        var minimal = new List<int>();
        foreach (int mask in masks)
        {
            if (minimal.Any(m => (m & mask) == m))
            {
                continue;
            }

            for (int o = 0; o < problem.Space.Cardinalities[issue]; o++)
            {
                bool all = true;
                for (int j = 0; j < drawing.Length && all; j++)
                {
                    all = (mask & (1 << j)) != 0 || problem.IsAllowed(drawing[j], issue, o);
                }

                if (all)
                {
                    minimal.Add(mask);
                    break;
                }
            }
        }

        return [.. minimal.Select(m => Enumerable.Range(0, drawing.Length).Where(j => (m & (1 << j)) != 0).Select(j => problem.ActorIds[drawing[j]]).ToImmutableArray())];
    }

    private static int BitCount(int mask) => System.Numerics.BitOperations.PopCount((uint)mask);
}
