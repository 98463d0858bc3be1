using System.Collections.Concurrent;
using Parley.Core.Agreement;
using Parley.Core.Stability;
using Parley.Core.Variants;

namespace Parley.Core.Session;

/// <content>
/// Mechanism tests: the lenses with an actor or an option taken out (the claim language's <c>without:</c>
/// and <c>without-option:</c>), computed once per variant like every other lens result.
/// </content>
public sealed partial class LensSession
{
    private readonly ConcurrentDictionary<(VariantKey, string, string), Lazy<AgreementLensResult?>> _agreementWithout = new();
    private readonly ConcurrentDictionary<(VariantKey, string, string), Lazy<StabilityLensResult?>> _stabilityWithout = new();

    /// <summary>
    /// The agreement lens on <paramref name="track"/> with <paramref name="actor"/>'s consent and red lines
    /// dropped; null when the variant cannot be derived, has no such track, or the actor's consent is not needed.
    /// </summary>
    public AgreementLensResult? AgreementWithout(VariantKey key, string track, string actor)
    {
        ArgumentNullException.ThrowIfNull(track);
        ArgumentNullException.ThrowIfNull(actor);
        return _agreementWithout.GetOrAdd((key, track, actor), k => new Lazy<AgreementLensResult?>(() =>
        {
            if (Agreement(k.Item1, k.Item2) is not { } full || !full.Problem.ActorIds.Contains(k.Item3))
            {
                return null;
            }

            Count(LensKind.Agreement);
            var problem = AgreementCounterfactual.WithoutActors(full.Problem, [k.Item3]);
            bool none = problem.ActorCount == 0 || problem.TracksWithoutPositions.Length == problem.Tracks.Length;

            // Without the actor nobody may be left holding a position: then there is nothing to search.
            return none
                ? new AgreementLensResult(k.Item2, problem, null, null)
                : Solve(k.Item2, problem, Options.Agreement with { IncludeFrontier = false });
        })).Value;
    }

    /// <summary>
    /// Every stability concept with <paramref name="decisionMaker"/> unable to move (its options stay as in
    /// each state) and/or <paramref name="option"/> frozen; null when the variant has no conflict. An unknown
    /// decision maker or option comes back as the result's failure.
    /// </summary>
    public StabilityLensResult? StabilityWithout(VariantKey key, string? decisionMaker, string? option)
    {
        if (_conflictSource is { } source)
        {
            return source.StabilityWithout(key, decisionMaker, option);
        }

        return _stabilityWithout.GetOrAdd((key, decisionMaker ?? string.Empty, option ?? string.Empty), k => new Lazy<StabilityLensResult?>(() =>
        {
            if (Stability(k.Item1) is not { } full)
            {
                return null;
            }

            if (full.Failure is not null)
            {
                return full;
            }

            var model = StabilityCounterfactual.Without(full.Model!, decisionMaker is null ? [] : [decisionMaker], option is null ? [] : [option], out string? unknown);
            if (model is null || unknown is not null)
            {
                return new StabilityLensResult(null, null, unknown == decisionMaker
                    ? $"'{unknown}' is not a decision maker of the conflict (they are: {string.Join(", ", full.Model!.DecisionMakers)})"
                    : $"the conflict has no option '{unknown}'");
            }

            Count(LensKind.Stability);
            return new StabilityLensResult(model, StabilityAnalysis.Run(model, new StabilityOptions(MaxDegreeOfParallelism: 1)), null);
        })).Value;
    }
}
