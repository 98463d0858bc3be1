using System.Collections.Immutable;
using Parley.Core.Agreement;
using Parley.Core.Variants;

namespace Parley.Core.Session;

/// <content>The agreement report of one variant, assembled from the session's results.</content>
public sealed partial class LensSession
{
    /// <summary>
    /// The report of <c>parley agree</c> on a variant: each chosen track (all when
    /// <paramref name="tracks"/> is empty), the chosen tracks together when there are two or more, the
    /// whole scenario, and how each proposal fares on the chosen tracks. Every result comes from the
    /// session, so nothing the session already computed for this variant is computed again.
    /// </summary>
    /// <param name="key">The variant.</param>
    /// <param name="tracks">The tracks to look at; empty for all.</param>
    /// <returns>The report, or null when the variant cannot be derived or a track is unknown (check both first with <see cref="ScenarioVariant.Check"/> and the scenario's tracks).</returns>
    public AgreementReport? AgreementReport(VariantKey key, ImmutableArray<string> tracks)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (Variant(key).Scenario is not { } derived)
        {
            return null;
        }

        var chosen = tracks.IsDefaultOrEmpty ? derived.Tracks : tracks;
        if (chosen.Any(t => !derived.Tracks.Contains(t)))
        {
            return null;
        }

        var perTrack = ImmutableArray.CreateBuilder<AgreementResult>();
        foreach (var track in derived.Tracks)
        {
            if (chosen.Contains(track))
            {
                perTrack.Add(Agreement(key, track)!.Analysis!);
            }
        }

        var selection = !tracks.IsDefaultOrEmpty && tracks.Distinct().Count() >= 2
            ? AgreementOn(key, [.. tracks.Distinct()])
            : null;
        var whole = AgreementOn(key, [])!;

        var proposals = tracks.IsDefaultOrEmpty
            ? Proposals(key)
            : [.. derived.Proposals.Select(p => ProposalAssessment.Of(derived, p, tracks, Options.Agreement.NewBudget()))];

        return new Agreement.AgreementReport(derived.Id, derived.Title, key.Levers, perTrack.ToImmutable(), selection, whole, proposals);
    }
}
