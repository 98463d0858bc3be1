using Parley.Core.Analysis;
using Parley.Core.Claims;
using Parley.Core.Forecast;
using Parley.Core.Model;
using Parley.Core.Session;
using Parley.Core.Variants;
using Parley.Formats;
using Parley.Tests;

namespace Parley.Formats.Tests.Session;

/// <summary>
/// <c>analyze</c> on the bundled Istanbul scenario asks one <see cref="LensSession"/>: every lens runs
/// exactly once per variant, counted through the session, and the claims add no run for a variant the
/// lenses already computed.
/// </summary>
public sealed class IstanbulSessionTests
{
    private static readonly Lazy<Scenario> Istanbul = new(() =>
        ScenarioFiles.Read(RepoPaths.InRepo("scenarios", "istanbul-2025.yaml")).Value
            ?? throw new InvalidOperationException("The bundled Istanbul scenario does not read."));

    private static AnalysisOptions Options => new() { MonteCarloRuns = 20, ClaimDraws = 0, MaxDegreeOfParallelism = 2 };

    [Fact]
    public void Analyze_Istanbul_RunsEachLensOncePerVariant()
    {
        var scenario = Istanbul.Value.With(claims: []);
        var session = new LensSession(scenario, Options.LensOptions);

        var result = ScenarioAnalysis.Run(session, Options);

        var derived = result.Variants.Where(v => v.Failure is null).ToList();
        int variants = derived.Count;
        int forecastable = session.ForecastInputs(VariantKey.AsGiven)!.Issues.Length;
        int windowScans = derived.Count(v => !v.Windows.IsEmpty);
        Assert.True(variants >= 9, $"expected the scenario as given and its levers, got {variants} variants");
        Assert.Equal(variants * scenario.Tracks.Length, session.Calls(LensKind.Agreement));
        Assert.Equal(variants, session.Calls(LensKind.Stability));
        Assert.Equal(variants, session.Calls(LensKind.Proposals));
        // Weighted mean, weighted median, expected utility and the spatial model, each once per variant and issue.
        Assert.Equal(variants * forecastable * 4, session.Calls(LensKind.Forecast));
        Assert.Equal(windowScans, session.Calls(LensKind.Windows));
        Assert.True(windowScans >= 1);
    }

    [Fact]
    public void Analyze_AskedTwiceAndThenTheClaims_ComputesNothingAgain()
    {
        var scenario = Istanbul.Value;
        var session = new LensSession(scenario, Options.LensOptions);
        var first = ScenarioAnalysis.Run(session, Options);
        var counts = Enum.GetValues<LensKind>().Select(session.Calls).ToArray();

        var second = ScenarioAnalysis.Run(session, Options);
        ClaimEvaluation.Evaluate(session);

        Assert.Equal(counts, Enum.GetValues<LensKind>().Select(session.Calls).ToArray());
        Assert.Equal(first.Claims.Select(c => c.Verdict), second.Claims.Select(c => c.Verdict));
    }

    [Fact]
    public void Analyze_ClaimsOnAnalysedVariants_AddNoLensRun()
    {
        var plain = Istanbul.Value.With(claims: []);
        var without = new LensSession(plain, Options.LensOptions);
        ScenarioAnalysis.Run(without, Options);
        string lever = plain.Levers[0].Id;
        string issue = without.ForecastInputs(VariantKey.AsGiven)!.Issues[0].Issue.Id;
        var scenario = plain.With(claims:
        [
            new Claim("a", "agreement", $"agreement(track: {plain.Tracks[0]}).empty", [lever], null, []),
            new Claim("s", "stability", "stability(concept: seq-sim).stable", [], null, []),
            new Claim("f", "forecast", $"forecast(issue: {issue}, model: weighted-median).value >= 0", [lever], null, []),
        ]);
        var with = new LensSession(scenario, Options.LensOptions);

        var result = ScenarioAnalysis.Run(with, Options);

        Assert.All(result.Claims, c => Assert.NotEqual(Core.Claims.ClaimVerdict.Undecidable, c.Verdict));
        foreach (var lens in Enum.GetValues<LensKind>())
        {
            Assert.Equal(without.Calls(lens), with.Calls(lens));
        }
    }
}
