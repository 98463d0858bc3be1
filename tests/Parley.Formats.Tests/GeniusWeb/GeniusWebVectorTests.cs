using System.Text.Json;
using Parley.Core.Agreement;
using Parley.Formats.GeniusWeb;
using Parley.Formats.Tests.Genius;
using Parley.Tests;

namespace Parley.Formats.Tests.GeniusWeb;

/// <summary>Every GeniusWeb JSON case of <c>test-vectors.json</c> (<c>geniusweb_json</c>), end to end.</summary>
public sealed class GeniusWebVectorTests
{
    public static TheoryData<string> Cases() => [.. GeniusVectorTests.Cases("geniusweb_json").Select(c => c.GetProperty("name").GetString()!)];

    [ReferenceTheory]
    [MemberData(nameof(Cases))]
    public void GeniusWebJson_ReproducesEveryVector(string name)
    {
        var v = GeniusVectorTests.Cases("geniusweb_json").Single(c => c.GetProperty("name").GetString() == name);
        var files = v.GetProperty("files").EnumerateArray().Select(f => ReferenceData.File(f.GetString()!)).ToList();
        var result = GeniusWebImporter.Read(files[0], [files[1], files[2]]);
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity != Core.Diagnostics.DiagnosticSeverity.Info);
        var problem = AgreementProblem.From(result.Value!);
        var space = problem.Space;

        Assert.Equal(v.GetProperty("n").GetInt32(), (int)space.Size);
        foreach (var issue in v.GetProperty("issues").EnumerateObject())
        {
            Assert.Equal(issue.Value.GetInt32(), space.Cardinalities[space.IssueNames.IndexOf(issue.Name)]);
        }

        int actor = 0;
        foreach (var sum in v.GetProperty("weight_sums").EnumerateArray())
        {
            VectorAssert.Near(sum, result.Value!.Positions[actor].Issues.Sum(p => p.Weight.Value), $"weight sum {actor}");
            actor++;
        }

        VectorAssert.NearVector(v.GetProperty("reservation_bid_utils"), [.. problem.Utilities.Select(u => u.ReservationValue)], "reservation-bid utilities");
        Assert.Equal(v.GetProperty("n_rational").GetInt32(), GeniusVectorTests.CountRational(problem));

        var frontier = ParetoFrontier.Of(problem);
        Assert.Equal(v.GetProperty("pareto_all").GetInt32(), (int)frontier.PackageCount);
        Assert.Equal(v.GetProperty("pareto_rational").GetInt32(), (int)frontier.RationalPackageCount);
        var points = v.GetProperty("frontier_rational").EnumerateArray().ToList();
        Assert.Equal(points.Count, frontier.RationalPoints.Length);
        for (int i = 0; i < points.Count; i++)
        {
            VectorAssert.NearVector(points[i], frontier.RationalPoints[i].Utilities, $"rational frontier point {i}");
        }

        var nash = NashSolution.Find(frontier);
        Check(v.GetProperty("nash"), nash, space, "Nash");
        VectorAssert.Near(v.GetProperty("nash_product"), nash.Value!.Value, "Nash product");
        Check(v.GetProperty("max_welfare"), UtilitarianSolution.Find(frontier), space, "max welfare");
        Check(v.GetProperty("ks"), KalaiSmorodinskySolution.Find(frontier), space, "classic KS");
        Check(v.GetProperty("egalitarian"), EgalitarianSolution.Find(frontier), space, "egalitarian");
    }

    private static void Check(JsonElement expected, BargainingSolution actual, OutcomeSpace space, string what)
    {
        var wrapped = JsonDocument.Parse($"[{{\"outcome\": {expected.GetProperty("outcome").GetRawText()}, \"utilities\": {expected.GetProperty("u").GetRawText()}}}]");
        VectorAssert.SamePoints(wrapped.RootElement, actual, space, what);
    }
}
