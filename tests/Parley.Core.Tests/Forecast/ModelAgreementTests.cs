using Parley.Core.Forecast;

namespace Parley.Core.Tests.Forecast;

public sealed class ModelAgreementTests
{
    [Fact]
    public void Of_WithinATenthOfTheAxis_Agree()
    {
        var a = ModelAgreements.Of([(ForecastModel.WeightedMean, 40), (ForecastModel.WeightedMedian, 45), (ForecastModel.ExpectedUtility, 50), (ForecastModel.StrongestActor, 100)], IssueScale.Axis);
        Assert.True(a.Agree);
        Assert.Equal(40, a.Low);
        Assert.Equal(50, a.High);
        Assert.Equal(3, a.Models.Length);
    }

    [Fact]
    public void Of_FarApart_Disagree()
    {
        var a = ModelAgreements.Of([(ForecastModel.WeightedMean, 30), (ForecastModel.ExpectedUtility, 100)], IssueScale.Axis);
        Assert.False(a.Agree);
    }

    [Fact]
    public void Of_DiscreteIssue_DifferentOptions_Disagree()
    {
        var scale = new IssueScale(0, 100, null, [new("a", 0), new("b", 50), new("c", 54)]);
        var a = ModelAgreements.Of([(ForecastModel.WeightedMean, 51), (ForecastModel.WeightedMedian, 53)], scale);
        Assert.False(a.Agree);
        Assert.Equal([1, 2], a.Options.ToArray());
    }

    [Fact]
    public void Of_NoValues_AgreeTrivially()
    {
        var a = ModelAgreements.Of([(ForecastModel.WeightedMean, null)], IssueScale.Axis);
        Assert.True(a.Agree);
        Assert.Empty(a.Models);
    }
}
