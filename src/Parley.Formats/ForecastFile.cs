using System.Collections.Immutable;
using Parley.Core.Forecast;
using Parley.Core.Model;

namespace Parley.Formats;

/// <summary>Any file <c>parley forecast</c> reads: a scenario, a KTAB SMP input, or an expected-utility table.</summary>
/// <param name="Title">A display title.</param>
/// <param name="Scenario">The scenario, when the file is one (levers apply to it); else null.</param>
/// <param name="Subjects">What to forecast, for files other than scenarios (scenarios derive theirs after levers).</param>
/// <param name="SpatialPolitics">Spatial-model parameters (from a KTAB XML file, else KTAB's defaults).</param>
public sealed record ForecastFile(string Title, Scenario? Scenario, ImmutableArray<ForecastSubject> Subjects, SpatialPoliticsOptions SpatialPolitics)
{
    /// <summary>The subjects of a scenario's issues (one one-dimensional subject per issue with an axis).</summary>
    public static ImmutableArray<ForecastSubject> SubjectsOf(ScenarioForecastInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return [.. inputs.Issues.Select(i => new ForecastSubject(i.Input, [i.Issue.Id], [i.Issue.Name], [i.StatusQuo]) { Scales = [i.Scale] })];
    }

    /// <summary>The subject of a problem read from a KTAB or EUM file: all its dimensions together, no uncertainty, no status quo.</summary>
    public static ForecastSubject SubjectOf(ForecastProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return new ForecastSubject(new UncertainForecastProblem(problem, [], []), problem.Dimensions, problem.Dimensions, [.. problem.Dimensions.Select(_ => (double?)null)]);
    }
}
