using System.Collections.Immutable;
using CsCheck;
using Parley.Core.Forecast;

namespace Parley.Core.Tests.Forecast;

public sealed class StackedForecastTests
{
    [Fact]
    public void Snap_WithinDistance_MovesToTheNearestPosition()
    {
        Assert.Equal(40, StackedForecast.Snap(47, [0, 40, 100], 10));
        Assert.Equal(47, StackedForecast.Snap(47, [0, 30, 100], 10));
        Assert.Equal(47, StackedForecast.Snap(47, [0, 40, 100], 0));
    }

    [Fact]
    public void CrossValidated_OutcomeIsOneFeature_LearnsItOutOfSample()
    {
        // The outcome is exactly the second feature; the first is noise. Every held-out case must be forecast exactly.
        var random = new Random(5);
        int n = 60;
        var noise = Enumerable.Range(0, n).Select(_ => random.NextDouble() * 100).ToArray();
        var signal = Enumerable.Range(0, n).Select(_ => random.NextDouble() * 100).ToArray();
        var positions = Enumerable.Range(0, n).Select(_ => ImmutableArray.Create(0.0, 100.0)).ToArray();
        var (forecasts, note) = StackedForecast.CrossValidated([noise, signal], signal, positions, ["noise", "signal"], [[0], [0, 1]], 5);
        for (int i = 0; i < n; i++)
        {
            Assert.Equal(signal[i], forecasts[i], 9);
        }

        Assert.Contains("1·signal", note, StringComparison.Ordinal);
    }

    [Fact]
    public void CrossValidated_HeldOutOutcomeChanges_OnlyItsOwnForecastIsUnaffected()
    {
        // Out of sample: a case's forecast must not depend on its own outcome.
        Gen.Int[0, 1000].Sample(seed =>
        {
            var random = new Random(seed);
            int n = 30;
            var a = Enumerable.Range(0, n).Select(_ => random.NextDouble() * 100).ToArray();
            var b = Enumerable.Range(0, n).Select(_ => random.NextDouble() * 100).ToArray();
            var y = Enumerable.Range(0, n).Select(_ => random.NextDouble() * 100).ToArray();
            var positions = Enumerable.Range(0, n).Select(_ => ImmutableArray.Create(0.0, 50.0, 100.0)).ToArray();
            var before = StackedForecast.CrossValidated([a, b], y, positions, ["a", "b"], [[0], [0, 1]], 3).Forecasts;
            int victim = random.Next(n);
            var changed = (double[])y.Clone();
            changed[victim] = 100 - changed[victim];
            var after = StackedForecast.CrossValidated([a, b], changed, positions, ["a", "b"], [[0], [0, 1]], 3).Forecasts;
            return before[victim] == after[victim];
        }, iter: 20);
    }
}
