using System.Collections.Immutable;

namespace Parley.Core.Agreement;

/// <summary>How one consenting actor receives a package, and why.</summary>
/// <param name="ActorId">The actor.</param>
/// <param name="Utility">What the package is worth to it.</param>
/// <param name="WalkAway">Its walk-away value.</param>
/// <param name="Accepts">True when the package is inside every red line and worth at least the walk-away value.</param>
/// <param name="Breaches">The red lines the package crosses, by issue.</param>
/// <param name="Shortfall">How far the utility lies below the walk-away value (0 when it does not).</param>
/// <param name="Reason">The answer in one sentence.</param>
public sealed record ActorResponse(
    string ActorId,
    double Utility,
    double WalkAway,
    bool Accepts,
    ImmutableArray<RedLineBreach> Breaches,
    double Shortfall,
    string Reason)
{
    /// <summary>Scores a package for actor <paramref name="actor"/> of <paramref name="problem"/>.</summary>
    public static ActorResponse Of(AgreementProblem problem, int actor, ReadOnlySpan<int> package)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var breaches = ImmutableArray.CreateBuilder<RedLineBreach>();
        for (int i = 0; i < problem.IssueCount; i++)
        {
            if (problem.IsAllowed(actor, i, package[i]))
            {
                continue;
            }

            var acceptable = ImmutableArray.CreateBuilder<string>();
            for (int o = 0; o < problem.Space.Cardinalities[i]; o++)
            {
                if (problem.IsAllowed(actor, i, o))
                {
                    acceptable.Add(problem.Space.OptionNames[i][o]);
                }
            }

            breaches.Add(new RedLineBreach(problem.IssueIds[i], problem.Space.OptionNames[i][package[i]], acceptable.ToImmutable(), problem.RedLineSources[actor][i]));
        }

        var utility = problem.Utilities[actor];
        double u = utility.Of(package);
        double walkAway = utility.ReservationValue;
        bool meets = problem.MeetsWalkAway(actor, package);
        double shortfall = meets ? 0 : walkAway - u;
        bool accepts = meets && breaches.Count == 0;
        var why = new List<string>();
        foreach (var b in breaches)
        {
            why.Add($"{b.OptionId} on {b.IssueId} crosses its red line (accepts {string.Join(", ", b.Acceptable)})");
        }

        if (!meets)
        {
            why.Add($"worth {u:0.###}, {shortfall:0.###} below its walk-away value {walkAway:0.###}");
        }

        string id = problem.ActorIds[actor];
        string reason = accepts
            ? $"{id} accepts: inside its red lines and worth {u:0.###} against a walk-away value of {walkAway:0.###}."
            : $"{id} rejects: {string.Join("; ", why)}.";
        return new ActorResponse(id, u, walkAway, accepts, breaches.ToImmutable(), shortfall, reason);
    }
}
