using System.Text.Json;
using Parley.Core.Agreement;
using Parley.Core.Model;
using Parley.Formats.Genius;
using Parley.Tests;

namespace Parley.Formats.Tests.Genius;

/// <summary>
/// Every GENIUS XML case of <c>test-vectors.json</c> (<c>linear_xml</c>, <c>large_domains</c>,
/// <c>evaluator_points</c>), imported and analysed end to end: importer → <see cref="AgreementProblem"/> →
/// <see cref="ParetoFrontier"/> → solutions.
/// </summary>
public sealed class GeniusVectorTests
{
    public static TheoryData<string> LinearCases() => [.. Cases("linear_xml").Select(c => c.GetProperty("id").GetString()!)];

    public static TheoryData<string> LargeCases() => [.. Cases("large_domains").Select(c => c.GetProperty("id").GetString()!)];

    [ReferenceTheory]
    [MemberData(nameof(LinearCases))]
    public void LinearXml_ReproducesEveryVector(string id)
    {
        var v = Case("linear_xml", id);
        var (scenario, problem) = Import(v.GetProperty("files"));
        var space = problem.Space;

        Assert.Equal(v.GetProperty("n_outcomes").GetInt32(), (int)space.Size);
        Assert.Equal(v.GetProperty("issues").GetArrayLength(), space.IssueCount);
        int issueIndex = 0;
        foreach (var issue in v.GetProperty("issues").EnumerateArray())
        {
            Assert.Equal(issue.GetProperty("name").GetString(), space.IssueNames[issueIndex]);
            Assert.Equal(issue.GetProperty("size").GetInt32(), space.Cardinalities[issueIndex]);
            issueIndex++;
        }

        VectorAssert.NearVector(v.GetProperty("reservation_values"), [.. problem.Utilities.Select(u => u.ReservationValue)], "reservation values");
        VectorAssert.NearVector(v.GetProperty("discount_factors"), [.. scenario.Positions.Select(p => p.DiscountFactor!.Value)], "discount factors");
        int actor = 0;
        foreach (var weights in v.GetProperty("weights").EnumerateArray())
        {
            var position = scenario.Positions[actor];
            foreach (var w in weights.EnumerateObject())
            {
                VectorAssert.Near(w.Value, position.On(w.Name)!.Weight.Value, $"weight of {w.Name} for actor {actor}");
            }

            VectorAssert.Near(v.GetProperty("weight_sums")[actor], position.Issues.Sum(p => p.Weight.Value), $"weight sum of actor {actor}");
            actor++;
        }

        Assert.Equal(v.GetProperty("n_rational_outcomes").GetInt32(), CountRational(problem));
        VectorAssert.NearVector(v.GetProperty("worst_point"), [.. problem.Utilities.Select(u => u.Min())], "worst point");

        var frontier = ParetoFrontier.Of(problem);
        var pareto = v.GetProperty("pareto");
        Assert.Equal(pareto.GetProperty("all_outcomes_ties_kept").GetInt32(), (int)frontier.PackageCount);
        Assert.Equal(pareto.GetProperty("rational_outcomes").GetInt32(), (int)frontier.RationalPackageCount);
        Assert.Equal(pareto.GetProperty("rational_distinct_points").GetInt32(), frontier.RationalPoints.Length);
        var points = pareto.GetProperty("points_rational_sorted_by_a").EnumerateArray().ToList();
        Assert.Equal(points.Count, frontier.RationalPoints.Length);
        for (int i = 0; i < points.Count; i++)
        {
            VectorAssert.NearVector(points[i], frontier.RationalPoints[i].Utilities, $"rational frontier point {i}");
        }

        VectorAssert.NearVector(v.GetProperty("ideal_point_all"), frontier.IdealPoint, "ideal point (all)");
        VectorAssert.NearVector(v.GetProperty("ideal_point_rational"), frontier.RationalIdealPoint, "ideal point (rational)");

        CheckSolution(v.GetProperty("nash"), "value", NashSolution.Find(frontier), space, "Nash");
        CheckSolution(v.GetProperty("kalai_smorodinsky"), "value", KalaiSmorodinskySolution.Find(frontier), space, "classic KS");
        CheckSolution(v.GetProperty("ks_min_spread"), "spread", MinSpreadKalaiSmorodinskySolution.Find(frontier), space, "min-spread KS");
        CheckSolution(v.GetProperty("egalitarian"), "value", EgalitarianSolution.Find(frontier), space, "egalitarian");
        CheckSolution(v.GetProperty("max_welfare"), "value", UtilitarianSolution.Find(frontier), space, "max welfare");
        var genius = v.GetProperty("genius_style");
        CheckSolution(genius.GetProperty("ks_min_abs_diff"), "value", GeniusKalaiSmorodinskySolution.Find(frontier), space, "GENIUS KS");
        CheckSolution(genius.GetProperty("nash_over_full_frontier"), "value", GeniusNashSolution.Find(frontier), space, "GENIUS Nash");

        // What GENIUS 10.4 itself printed: its Nash and KS points agree with ours to 1e-9 (its frontier
        // count differs only where float noise splits a tie, which the vectors document).
        var reported = v.GetProperty("genius_10_4_reported");
        AssertSinglePointNear(reported.GetProperty("nash"), GeniusNashSolution.Find(frontier), "GENIUS 10.4 Nash");
        AssertSinglePointNear(reported.GetProperty("ks"), GeniusKalaiSmorodinskySolution.Find(frontier), "GENIUS 10.4 KS");
        if (!reported.TryGetProperty("note", out _))
        {
            Assert.Equal(reported.GetProperty("pareto").GetInt32(), (int)frontier.PackageCount);
        }
    }

    [ReferenceTheory]
    [MemberData(nameof(LargeCases))]
    public void LargeDomains_ReproduceCountsAndSolutions(string id)
    {
        var v = Case("large_domains", id);
        var (_, problem) = Import(v.GetProperty("files"));
        Assert.Equal(v.GetProperty("n_outcomes").GetInt32(), (int)problem.Space.Size);

        var frontier = ParetoFrontier.Of(problem);
        Assert.Equal(v.GetProperty("pareto_outcomes_exact").GetInt32(), (int)frontier.PackageCount);
        Assert.Equal(v.GetProperty("pareto_distinct_exact").GetInt32(), frontier.Points.Length);

        var nash = NashSolution.Find(frontier);
        var expectedNash = v.GetProperty("nash");
        Assert.Single(nash.Points);
        VectorAssert.NearVector(expectedNash.GetProperty("utilities"), nash.Points[0].Utilities, "Nash");
        VectorAssert.Near(expectedNash.GetProperty("product"), nash.Value!.Value, "Nash product");
        if (expectedNash.TryGetProperty("ties", out var ties))
        {
            Assert.Equal(ties.GetInt32(), (int)nash.Points[0].PackageCount);
        }

        if (v.TryGetProperty("max_welfare", out var welfare))
        {
            var utilitarian = UtilitarianSolution.Find(frontier);
            Assert.Single(utilitarian.Points);
            VectorAssert.NearVector(welfare.GetProperty("utilities"), utilitarian.Points[0].Utilities, "max welfare");
            VectorAssert.Near(welfare.GetProperty("sum"), utilitarian.Value!.Value, "max welfare sum");
        }

        if (v.TryGetProperty("kalai_smorodinsky", out var ks))
        {
            var classic = KalaiSmorodinskySolution.Find(frontier);
            Assert.Single(classic.Points);
            VectorAssert.NearVector(ks.GetProperty("utilities"), classic.Points[0].Utilities, "classic KS");
        }
    }

    internal static (Scenario Scenario, AgreementProblem Problem) Import(JsonElement files)
    {
        string domain = ReferenceData.File(files.GetProperty("domain").GetString()!);
        var result = GeniusImporter.Read(
            File.Exists(domain) ? domain : null,
            [ReferenceData.File(files.GetProperty("profile_a").GetString()!), ReferenceData.File(files.GetProperty("profile_b").GetString()!)]);
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        return (result.Value!, AgreementProblem.From(result.Value!));
    }

    internal static IEnumerable<JsonElement> Cases(string section) => ReferenceData.TestVectors.GetProperty(section).EnumerateArray();

    private static JsonElement Case(string section, string id) => Cases(section).Single(c => c.GetProperty("id").GetString() == id);

    private static void CheckSolution(JsonElement expected, string valueKey, BargainingSolution actual, OutcomeSpace space, string what)
    {
        Assert.True(actual.Exists, $"{what}: no point ({actual.Reason}).");
        VectorAssert.Near(expected.GetProperty(valueKey), actual.Value!.Value, $"{what} value");
        VectorAssert.SamePoints(expected.GetProperty("points"), actual, space, what);
    }

    private static void AssertSinglePointNear(JsonElement expected, BargainingSolution actual, string what)
    {
        Assert.Single(actual.Points);
        VectorAssert.NearVector(expected, actual.Points[0].Utilities, what);
    }

    /// <summary>Counts the packages every actor rates at least its reservation value, by enumeration (small cases only).</summary>
    internal static int CountRational(AgreementProblem problem)
    {
        var space = problem.Space;
        var package = new int[space.IssueCount];
        int count = 0;
        while (true)
        {
            if (Enumerable.Range(0, problem.ActorCount).All(a => problem.MeetsWalkAway(a, package)))
            {
                count++;
            }

            int i = space.IssueCount - 1;
            while (i >= 0 && ++package[i] == space.Cardinalities[i])
            {
                package[i] = 0;
                i--;
            }

            if (i < 0)
            {
                return count;
            }
        }
    }
}
