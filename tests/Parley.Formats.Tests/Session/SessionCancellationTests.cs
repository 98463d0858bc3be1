using Parley.Core.Claims;
using Parley.Core.Forecast;
using Parley.Core.Model;
using Parley.Core.Sensitivity;
using Parley.Core.Session;
using Parley.Core.Variants;
using Parley.Tests;

namespace Parley.Formats.Tests.Session;

/// <summary>
/// A command's budget or Ctrl+C reaches inside a lens: the session's Monte Carlo runs, the claims'
/// draws and the sensitivity probes stop on the token instead of finishing their work first.
/// </summary>
public sealed class SessionCancellationTests
{
    private static readonly Lazy<Scenario> Istanbul = new(() =>
        ScenarioFiles.Read(RepoPaths.InRepo("scenarios", "istanbul-2025.yaml")).Value
            ?? throw new InvalidOperationException("The bundled Istanbul scenario does not read."));

    private static CancellationToken Cancelled()
    {
        using var source = new CancellationTokenSource();
        source.Cancel();
        return source.Token;
    }

    [Fact]
    public void ForecastDistribution_CancelledSession_StopsInsideTheMonteCarloRun()
    {
        var scenario = Istanbul.Value;
        var session = new LensSession(scenario, new LensOptions { MonteCarloRuns = 2_000 }, Cancelled());
        var issue = session.ForecastInputs(VariantKey.AsGiven)!.Issues.First(i => !i.Input.Inputs.IsEmpty).Issue.Id;

        // The point forecast needs no draws and still answers; the distribution stops.
        Assert.NotNull(session.Forecast(VariantKey.AsGiven, issue, ForecastModel.WeightedMean));
        Assert.ThrowsAny<OperationCanceledException>(() => session.ForecastDistribution(VariantKey.AsGiven, issue, ForecastModel.WeightedMean));
    }

    [Fact]
    public void Claims_CancelledSession_StopBeforeTheFirstClaim()
    {
        var session = new LensSession(Istanbul.Value, LensOptions.Default, Cancelled());

        Assert.ThrowsAny<OperationCanceledException>(() => ClaimEvaluation.Evaluate(session, new ClaimEvaluationOptions { Draws = 50 }));
        Assert.Equal(0, session.Calls(LensKind.Agreement));
    }

    [Fact]
    public void ClaimSensitivity_Cancelled_StopsBeforeTheFirstProbe()
    {
        var scenario = Istanbul.Value;

        Assert.ThrowsAny<OperationCanceledException>(() => ClaimSensitivity.For(scenario, scenario.Claims[0].Id, null, Cancelled()));
    }
}
