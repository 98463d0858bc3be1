using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Parley.Core.Agreement;
using Parley.Formats.Genius;

namespace Parley.Benchmarks.Agreement;

/// <summary>
/// The Pareto frontier and the four bargaining solutions (Nash, classic Kalai–Smorodinsky, egalitarian,
/// utilitarian): on AMPOvsCity (1,944,000 outcomes, from the shared GENIUS reference files) and on
/// synthetic additive domains of 6 options per issue with seeded random values.
/// </summary>
[MemoryDiagnoser]
public class ParetoFrontierBenchmarks
{
    private OutcomeSpace _space = null!;
    private AdditiveUtility[] _utilities = [];
    private string _ampoFolder = string.Empty;

    /// <summary>
    /// The domain: <c>AMPOvsCity</c> (imported from the reference files), or a synthetic one written
    /// <c>actors x issues</c> (6 options per issue, seeded random values, reservation values 0.3).
    /// </summary>
    [Params("AMPOvsCity", "2x8", "2x15", "3x8", "3x15")]
    public string Domain { get; set; } = "AMPOvsCity";

    [GlobalSetup]
    public void Setup()
    {
        if (Domain == "AMPOvsCity")
        {
            _ampoFolder = Path.Combine(ReferenceFolder(), "yasserfarouk-negmas", "tests", "data", "scenarios", "other", "AMPOvsCity");
            var problem = AgreementProblem.From(ImportAmpo());
            _space = problem.Space;
            _utilities = [.. problem.Utilities];
            return;
        }

        int actors = int.Parse(Domain.Split('x')[0], System.Globalization.CultureInfo.InvariantCulture);
        int issues = int.Parse(Domain.Split('x')[1], System.Globalization.CultureInfo.InvariantCulture);
        var rng = new Random(20250516);
        _space = new OutcomeSpace(
            [.. Enumerable.Range(0, issues).Select(i => $"issue{i}")],
            [.. Enumerable.Range(0, issues).Select(_ => Enumerable.Range(0, 6).Select(o => $"option{o}").ToImmutableArray())]);
        _utilities = [.. Enumerable.Range(0, actors).Select(_ => new AdditiveUtility(
            [.. Enumerable.Range(0, issues).Select(_ => Enumerable.Range(0, 6).Select(_ => Math.Round(rng.NextDouble() / issues, 3)).ToImmutableArray())],
            0.3))];
    }

    /// <summary>The Pareto frontier (ties kept) and the Nash, classic KS, egalitarian and utilitarian solutions.</summary>
    [Benchmark]
    public int FrontierAndSolutions() => Solve(ParetoFrontier.Of(_space, _utilities));

    private static int Solve(ParetoFrontier frontier) =>
        NashSolution.Find(frontier).Points.Length
        + KalaiSmorodinskySolution.Find(frontier).Points.Length
        + EgalitarianSolution.Find(frontier).Points.Length
        + UtilitarianSolution.Find(frontier).Points.Length;

    private Parley.Core.Model.Scenario ImportAmpo()
    {
        var result = GeniusImporter.Read(
            Path.Combine(_ampoFolder, "ampo_vs_city_template.xml"),
            [Path.Combine(_ampoFolder, "ampo_vs_city_ampo_space.xml"), Path.Combine(_ampoFolder, "ampo_vs_city_city_space.xml")]);
        return result.Value ?? throw new InvalidOperationException(string.Join(Environment.NewLine, result.Diagnostics));
    }

    /// <summary>The shared negotiation reference folder: walks up from the binaries to a directory holding shared/reference.</summary>
    private static string ReferenceFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            foreach (string candidate in new[] { Path.Combine(dir.FullName, "shared", "reference", "negotiation"), Path.Combine(dir.FullName, "..", "shared", "reference", "negotiation") })
            {
                if (Directory.Exists(candidate))
                {
                    return Path.GetFullPath(candidate);
                }
            }
        }

        throw new DirectoryNotFoundException("shared/reference/negotiation not found above the benchmark binaries.");
    }
}
