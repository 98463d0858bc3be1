using System.Collections.Concurrent;
using Parley.Core.EndStates;
using Parley.Core.Variants;

namespace Parley.Core.Session;

/// <content>The end-state lens of one variant: equilibria, reachability and probabilities of the named end states.</content>
public sealed partial class LensSession
{
    private readonly ConcurrentDictionary<VariantKey, Lazy<EndStateReport?>> _endStates = new();

    /// <summary>
    /// Every named end state of the variant with its equilibria per concept, its reachability from the
    /// status quo and its probability over <see cref="LensOptions.EndStateDraws"/> draws; null when the
    /// variant cannot be derived or names no end state.
    /// </summary>
    public EndStateReport? EndStates(VariantKey key) =>
        _endStates.GetOrAdd(key, k => new Lazy<EndStateReport?>(() =>
        {
            if (Variant(k).Scenario is not { } scenario || scenario.EndStates.IsEmpty)
            {
                return null;
            }

            // The engine draws the uncertain figures of the scenario as read and pulls the levers in each
            // draw (a lever that sets a figure must act on the drawn value), so it takes the lever ids; the
            // variant was derived above, so they are known to apply. A time or date is applied first.
            Count(LensKind.EndStates);
            var basis = k.IsTimed ? Variant(new VariantKey([], k.At, k.Date)).Scenario! : Scenario;
            return EndStateAnalysis.Run(basis, new EndStateOptions
            {
                Levers = k.Levers,
                Draws = Options.EndStateDraws,
                Seed = (int)(Options.Seed % int.MaxValue),
            });
        })).Value;
}
