using CsCheck;
using Parley.Core.Agreement;
using Parley.Core.Dynamics;
using Parley.Core.Model;
using Parley.Core.Session;
using Parley.Core.Tests.Dynamics;
using Parley.Core.Variants;

namespace Parley.Core.Tests.Variants;

/// <summary>
/// A date in the variant key (<c>levers@YYYY-MM-DD</c>): the session derives the scenario as of that date,
/// and the verdict and the gap as of each date match a brute-force oracle over the days of the horizon.
/// </summary>
public sealed class DatedVariantTests
{
    private static readonly DateOnly Start = new(2013, 11, 1);

    [Fact]
    public void Key_WithDate_IsWrittenAsADateAndReplacesATime()
    {
        var key = new VariantKey(["a", "b"], null, new DateOnly(2025, 6, 2));
        Assert.Equal("a+b@2025-06-02", key.Id);
        Assert.False(key.IsAsGiven);
        Assert.True(key.IsTimed);
        Assert.Equal("a+b@6", key.AtTime(6).Id);
        Assert.Equal("a+b@2025-06-02", key.AtTime(6).AsOf(new DateOnly(2025, 6, 2)).Id);
        Assert.Equal("as-given@2025-06-02", VariantKey.AsGiven.AsOf(new DateOnly(2025, 6, 2)).Id);
        Assert.Equal("a+b", key.AtTime(null).Id);
        Assert.NotEqual(new VariantKey(["a"], 2025), new VariantKey(["a"], null, new DateOnly(2025, 1, 1)));
        Assert.Throws<ArgumentException>(() => new VariantKey([], 1, new DateOnly(2025, 1, 1)));
    }

    [Fact]
    public void Derive_DatedKey_VerdictAndGapMatchTheOracleOnEveryDay()
    {
        Gen.Select(Gen.Int[0, int.MaxValue], Gen.Int[0, 364]).Sample((seed, offset) =>
        {
            var scenario = DatedPositionTests.Wages(seed);
            var day = Start.AddDays(offset);
            var session = new LensSession(scenario);
            var key = VariantKey.AsGiven.AsOf(day);
            Assert.True(session.Variant(key).IsDerived);
            bool open = DatedPositionTests.OpenOn(scenario, day);
            Assert.Equal(open, !session.Agreement(key, "pay")!.Space!.IsEmpty);

            // The gap as of the day: the fewest red lines any wage rise breaks (0 when open), and red lines
            // are the only barrier (walk-away values are 0).
            var stands = scenario.Positions.Select(p => p.AsOf(day).On("wage-rise")!.AcceptableRange!).ToList();
            int fewest = Enumerable.Range(0, 31).Min(w => stands.Count(r => !r.Contains(w)));
            var gap = Assert.Single(GapOverTime.Of(scenario, ["pay"], [day], [], new AgreementOptions()));
            Assert.Null(gap.Failure);
            Assert.Equal(open, gap.Open);
            Assert.Equal(fewest, gap.Gap!.SmallestBlockingSet);
            Assert.Equal(open ? DealBarrier.None : DealBarrier.RedLines, gap.Gap.Barrier);
        }, iter: 150, threads: 1);
    }

    [Fact]
    public void Check_DateOutsideACalendarHorizon_IsPar204()
    {
        var scenario = DatedPositionTests.Wages(1);
        var problems = ScenarioVariant.Check(scenario, VariantKey.AsGiven.AsOf(new DateOnly(2025, 9, 1)));
        var problem = Assert.Single(problems);
        Assert.Equal(VariantProblem.DateOutsideHorizon, problem.Code);
        Assert.Contains("2013-11-01 to 2014-11-01", problem.Message, StringComparison.Ordinal);
        Assert.False(new LensSession(scenario).Variant(VariantKey.AsGiven.AsOf(new DateOnly(2013, 10, 31))).IsDerived);
        Assert.Single(GapOverTime.Of(scenario, ["pay"], [new DateOnly(2025, 9, 1)], [], new AgreementOptions()), g => g.Failure is not null && g.Gap is null);
    }

    [Fact]
    public void Derive_WithoutDynamics_TakesTheDatedRevisionsOnly()
    {
        var dated = DatedPositionTests.Wages(7);
        var scenario = dated.WithDynamics(null);
        var day = new DateOnly(2014, 6, 1);
        var derived = ScenarioVariant.Derive(scenario, VariantKey.AsGiven.AsOf(day)).Scenario!;
        Assert.Equal(ScenarioAtTime.AsOf(scenario, day).Positions.Select(p => p.On("wage-rise")!.AcceptableRange), derived.Positions.Select(p => p.On("wage-rise")!.AcceptableRange));
    }

    [Theory]
    [InlineData("2025-06-02", true)]
    [InlineData("2025-06", true)]
    [InlineData("2025", false)]
    [InlineData("2025-13-01", false)]
    [InlineData("soon", false)]
    public void ReadDate_AcceptsFullDatesAndMonths_ElsePar205(string text, bool ok)
    {
        var date = ScenarioVariant.ReadDate(text, out var problem);
        Assert.Equal(ok, date is not null);
        Assert.Equal(ok ? null : VariantProblem.MalformedDate, problem?.Code);
    }
}
