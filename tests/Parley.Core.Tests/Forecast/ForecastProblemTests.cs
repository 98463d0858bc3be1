using Parley.Core.Forecast;

namespace Parley.Core.Tests.Forecast;

public sealed class ForecastProblemTests
{
    [Fact]
    public void New_MoreActorsThanNTimesNFits_ThrowsArgumentExceptionNotOverflow()
    {
        int n = ForecastProblem.MaxActors + 1;
        var names = Enumerable.Range(0, n).Select(i => $"a{i}").ToArray();
        var ones = Enumerable.Repeat(1.0, n).ToArray();

        var ex = Assert.Throws<ArgumentException>(() => new ForecastProblem(names, ["d"], ones, ones, ones));

        Assert.Contains("46340", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MaxActors_SquareFitsInAnInt() => Assert.True((long)ForecastProblem.MaxActors * ForecastProblem.MaxActors <= int.MaxValue);
}
