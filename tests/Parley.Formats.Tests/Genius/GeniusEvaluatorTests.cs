using System.Text.Json;
using Parley.Core.Agreement;
using Parley.Formats.Genius;
using Parley.Tests;

namespace Parley.Formats.Tests.Genius;

/// <summary>The single-outcome checks of <c>test-vectors.json</c> <c>evaluator_points</c>, verified in GENIUS 10.4.</summary>
public sealed class GeniusEvaluatorTests
{
    private static JsonElement Points => ReferenceData.TestVectors.GetProperty("evaluator_points");

    [ReferenceFact]
    public void IntegerIssue_SubtractsLowerBoundAndClamps()
    {
        var v = Points.GetProperty("integer_issue");
        var files = v.GetProperty("files").EnumerateArray().Select(f => ReferenceData.File(f.GetString()!)).ToList();

        // The domain file the vectors name is not in the reference copy: the first profile defines the issues.
        var result = GeniusImporter.Read(File.Exists(files[0]) ? files[0] : null, [files[1], files[2]]);
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        var problem = AgreementProblem.From(result.Value!);
        foreach (var (key, actor) in new[] { ("profile_1", 0), ("profile_2", 1) })
        {
            foreach (var point in v.GetProperty(key).EnumerateObject())
            {
                var values = point.Name.Split(',');
                int[] package = [.. values.Select((x, i) => problem.Space.OptionNames[i].IndexOf(x))];
                VectorAssert.Near(point.Value, problem.Utilities[actor].Of(package), $"{key} at ({point.Name})");
            }
        }
    }

    [ReferenceFact]
    public void RealIssue_LinearEvaluatorOnAbsoluteValue()
    {
        var v = Points.GetProperty("real_issue");
        var files = v.GetProperty("files").EnumerateArray().Select(f => ReferenceData.File(f.GetString()!)).ToList();
        var result = GeniusImporter.Read(files[0], [files[1], files[2]]);
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        var problem = AgreementProblem.From(result.Value!);
        Assert.Equal(GeniusDomainReader.RealGridPoints, problem.Space.Cardinalities[0]);
        foreach (var (key, actor) in new[] { ("buyer", 0), ("seller", 1) })
        {
            foreach (var point in v.GetProperty(key).EnumerateObject())
            {
                string at = point.Name.Split(' ')[0];
                int option = problem.Space.OptionNames[0].IndexOf(at);
                if (option >= 0)
                {
                    VectorAssert.Near(point.Value, problem.Utilities[actor].Of([option]), $"{key} at {at}");
                }
                else
                {
                    // Outside the range, so not an option: check GENIUS's evaluator itself (it clamps).
                    Assert.Equal("buyer", key);
                    VectorAssert.Near(point.Value, GeniusEvaluators.RealLinear(double.Parse(at, System.Globalization.CultureInfo.InvariantCulture), -0.033333333, 1.3333333333), $"{key} at {at}");
                }
            }
        }
    }

    [ReferenceFact]
    public void Weights_NotRenormalised_UtilityCappedAtOne()
    {
        var v = Points.GetProperty("weights_not_renormalised");
        string profile = ReferenceData.File(v.GetProperty("files")[0].GetString()!);
        string domain = Path.Combine(Path.GetDirectoryName(profile)!, "laptop_domain.xml");
        var result = GeniusImporter.Read(domain, [profile]);
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        Assert.Contains(result.Diagnostics, d => d.Code == "PG0118");
        var position = result.Value!.Positions[0];
        VectorAssert.Near(v.GetProperty("weight_sum"), position.Issues.Sum(p => p.Weight.Value), "weight sum");

        var problem = AgreementProblem.From(result.Value!);
        var outcome = v.GetProperty("outcome");
        int[] package = [.. Enumerable.Range(0, problem.IssueCount).Select(i => problem.Space.OptionNames[i].IndexOf(outcome.GetProperty(problem.Space.IssueNames[i]).GetString()!))];
        VectorAssert.Near(v.GetProperty("utility_genius"), problem.Utilities[0].Of(package), "capped utility");
        var uncapped = new AdditiveUtility(problem.Utilities[0].Contributions, 0);
        VectorAssert.Near(v.GetProperty("utility_uncapped"), uncapped.Of(package), "uncapped utility");
    }
}
