using Parley.Core.Agreement;
using Parley.Core.Dynamics;
using Parley.Core.Model.Dynamics;

namespace Parley.Core.Tests.Dynamics;

public sealed class DealWindowsTests
{
    // A's walk-away is .4 + t/60: it reaches the .5 that the middle option gives A at month 6.
    [Fact]
    public void Over_RisingWalkAway_ClosesTheWindowAtMonthSix()
    {
        var result = DealWindows.Over(DynamicsFixtures.Window(), new DealWindowOptions());

        var track = Assert.Single(result.Tracks);
        Assert.Equal("main", track.Track);
        Assert.Equal(1.0, result.Step);
        var window = Assert.Single(track.Windows);
        Assert.True(window.OpenAtStart);
        Assert.InRange(window.ClosesAfter, 6, 6 + (1.0 / 64));
        Assert.InRange(window.ClosesBy!.Value, window.ClosesAfter, window.ClosesAfter + (1.0 / 64));
        // The horizon starts 2025-06, so times print as dates: month 6 is 2025-12-01.
        Assert.Contains("from the start until 2025-12-01;", track.Explanation, StringComparison.Ordinal);
        Assert.Contains("kept shut by walk-away values", track.Explanation, StringComparison.Ordinal);
        Assert.Equal(DealBarrier.WalkAways, track.Samples[^1].Gap!.Barrier);
        Assert.Equal(new DateOnly(2025, 12, 1), window.ClosesAfterDate);

        var first = track.Samples[0];
        Assert.Equal(0, first.Time);
        Assert.True(first.Open);
        var nash = Assert.Single(first.Nash!.Points);
        Assert.Equal<double>([0.5, 0.5], nash.Utilities);
        Assert.Equal<double>([0.4, 0.3], first.WalkAways);
        Assert.False(track.Samples[^1].Open);
        Assert.Equal(AgreementVerdict.NoAgreement, track.Samples[^1].Verdict);
    }

    // With the lever from month 12 A's walk-away is .2 + t/60 again below .5 until month 18.
    [Fact]
    public void Over_LeverFromMonthTwelve_ReopensTheWindowUntilMonthEighteen()
    {
        var result = DealWindows.Over(DynamicsFixtures.Window(), new DealWindowOptions { Levers = ["ease"], Precision = 0 });

        var windows = Assert.Single(result.Tracks).Windows;
        Assert.Equal(2, windows.Length);
        Assert.Equal(new DealWindow(null, 0, 6, 7) { OpensByDate = new(2025, 6, 1), ClosesAfterDate = new(2025, 12, 1), ClosesByDate = new(2026, 1, 1) }, windows[0]);
        Assert.Equal(new DealWindow(11, 12, 18, 19) { OpensAfterDate = new(2026, 5, 1), OpensByDate = new(2026, 6, 1), ClosesAfterDate = new(2026, 12, 1), ClosesByDate = new(2027, 1, 1) }, windows[1]);
    }

    [Fact]
    public void Over_ScenarioWithoutDynamics_Throws()
    {
        var scenario = DynamicsFixtures.Window().WithDynamics(null);
        Assert.Throws<ArgumentException>(() => DealWindows.Over(scenario, new DealWindowOptions()));
        Assert.Throws<ArgumentException>(() => DealWindows.Over(DynamicsFixtures.Window(), new DealWindowOptions { Tracks = ["nope"] }));
    }
}
