using Parley.Core.Forecast;

namespace Parley.Formats.Deu;

/// <summary>Turns DEU issues into evaluation cases: every issue with a recorded outcome, with its reference point as the status quo.</summary>
public static class DeuEvaluation
{
    /// <summary>The issues of <paramref name="dataset"/> that have an outcome, as cases.</summary>
    public static IReadOnlyList<EvaluationCase> Cases(DeuDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var cases = new List<EvaluationCase>();
        foreach (var issue in dataset.Issues)
        {
            if (issue.Outcome is double outcome)
            {
                cases.Add(new EvaluationCase(issue.Id, issue.Problem, outcome, issue.ReferencePoint));
            }
        }

        return cases;
    }
}
