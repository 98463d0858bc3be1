using System.Collections.Concurrent;
using Parley.Core.EndStates;
using Parley.Core.Levers;
using Parley.Core.Model;
using Parley.Core.Variants;

namespace Parley.Core.Session;

/// <content>The end-state lens of one variant: equilibria, reachability and probabilities of the named end states.</content>
public sealed partial class LensSession
{
    private readonly ConcurrentDictionary<VariantKey, Lazy<EndStateReport?>> _endStates = new();
    private readonly ConcurrentDictionary<VariantKey, Lazy<EndStateStructure>> _endStateStructures = new();

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
            var options = EndStateOptionsOf(k);
            // A draw's session takes the conflict's part (stability, paths) from the session it was drawn from:
            // a draw never changes the conflict, and that part is most of the cost.
            if (_conflictSource?.EndStateStructureOf(k, options) is not { } structure)
            {
                return EndStateAnalysis.Run(Basis(k), options, null);
            }

            // The variant was derived above from its checked undrawn twin, so the levers' references are known:
            // pulling them again on the drawn figures needs only the figures checked. The basis is taken outside
            // that scope, so a derivation it triggers is checked in full.
            var basis = Basis(k);
            return ScenarioIntegrity.WithReferencesKnown(() => EndStateAnalysis.Run(basis, options, structure));
        })).Value;

    private EndStateStructure EndStateStructureOf(VariantKey key, EndStateOptions options) =>
        _endStateStructures.GetOrAdd(key, k => new Lazy<EndStateStructure>(() =>
            EndStateAnalysis.StructureOf(k.Levers.IsEmpty ? Basis(k) : LeverApplication.Apply(Basis(k), k.Levers), options))).Value;

    private Model.Scenario Basis(VariantKey key) => key.IsTimed ? Variant(new VariantKey([], key.At, key.Date)).Scenario! : Scenario;

    private EndStateOptions EndStateOptionsOf(VariantKey key) => new()
    {
        Levers = key.Levers,
        Draws = Options.EndStateDraws,
        Seed = (int)(Options.Seed % int.MaxValue),
    };
}
