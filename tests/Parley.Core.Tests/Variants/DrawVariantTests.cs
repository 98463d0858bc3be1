using Parley.Core.Model;
using Parley.Core.Session;
using Parley.Core.Tests.Model;
using Parley.Core.Variants;

namespace Parley.Core.Tests.Variants;

/// <summary>
/// A Monte Carlo draw's session derives each variant from its undrawn twin's: references known when the twin was
/// derived, the twin's problems when no figure decides them, and a derivation of its own when one does.
/// </summary>
public sealed class DrawVariantTests
{
    // Lever "l" adds 0.5 to B's walk-away (0.3 in the scenario as read).
    private static Scenario WithWalkAwayOfB(Scenario s, double value) =>
        s.With(positions: [s.Positions[0], s.Positions[1] with { WalkAway = Figure.Assumed(value) }]);

    [Fact]
    public void Variant_TwinHasAProblemNoFigureDecides_IsTheTwinsDerivation()
    {
        var session = new LensSession(ScenarioFactory.TwoParties());
        var key = new VariantKey(["no-such-lever"]);
        var drawn = session.ForDraw(WithWalkAwayOfB(session.Scenario, 0.25));

        var twin = session.Variant(key);

        Assert.False(twin.IsDerived);
        Assert.True(twin.ProblemsIndependentOfFigures);
        Assert.Same(twin, drawn.Variant(key));
    }

    [Fact]
    public void Variant_TwinPushedAFigureOutOfRange_IsDerivedAgainFromTheDraw()
    {
        // As read, B's walk-away 0.6 + 0.5 leaves [0, 1]; in the draw, 0.3 + 0.5 does not.
        var session = new LensSession(WithWalkAwayOfB(ScenarioFactory.TwoParties(), 0.6));
        var key = new VariantKey(["l"]);
        var drawn = session.ForDraw(WithWalkAwayOfB(session.Scenario, 0.3));

        var twin = session.Variant(key);
        var variant = drawn.Variant(key);

        Assert.False(twin.IsDerived);
        Assert.False(twin.ProblemsIndependentOfFigures);
        Assert.True(variant.IsDerived);
        Assert.Equal(0.8, variant.Scenario!.PositionOf("B")!.WalkAway.Value, 12);
    }

    [Fact]
    public void Variant_DrawPushesAFigureOutOfRange_IsAProblemOfThatDrawOnly()
    {
        // The twin (0.3 + 0.5) is derived; the draw (0.7 + 0.5) leaves [0, 1]: the draw derives the variant itself.
        var session = new LensSession(ScenarioFactory.TwoParties());
        var key = new VariantKey(["l"]);
        var drawn = session.ForDraw(WithWalkAwayOfB(session.Scenario, 0.7));

        Assert.True(session.Variant(key).IsDerived);
        var variant = drawn.Variant(key);

        Assert.False(variant.IsDerived);
        Assert.Contains("Lever 'l' cannot be applied: walk-away of", variant.Failure, StringComparison.Ordinal);
    }
}
