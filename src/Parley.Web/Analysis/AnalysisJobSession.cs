using System.Collections.Immutable;
using Parley.Core.Analysis;
using Parley.Core.Session;

namespace Parley.Web.Analysis;

/// <summary>
/// One running background analysis on a silo: its work, the lens session its pieces share (so the claims read the
/// variants' lens results instead of computing them again), the answers of the pieces finished so far, and the token
/// that stops every piece of the job at once.
/// </summary>
internal sealed class AnalysisJobSession : IDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly Lazy<LensSession> session;
    private readonly VariantAnalysis?[] variants;
    private ImmutableArray<ClaimOutcome>? claims;

    public AnalysisJobSession(AnalysisWork work)
    {
        Work = work;
        variants = new VariantAnalysis?[work.Variants.Length];
        session = new Lazy<LensSession>(() => new LensSession(work.Scenario, work.Options.LensOptions, stop.Token));
    }

    public AnalysisWork Work { get; }

    public LensSession Session => session.Value;

    public CancellationToken Token => stop.Token;

    public void SetVariant(int index, VariantAnalysis variant) => Volatile.Write(ref variants[index], variant);

    public void SetClaims(ImmutableArray<ClaimOutcome> outcomes) => claims = outcomes;

    /// <summary>The analysis, once every piece has answered; null while one is missing.</summary>
    public AnalysisResult? Result()
    {
        var done = variants.Select(v => Volatile.Read(ref v)).ToArray();
        var outcomes = Work.Scenario.Claims.IsEmpty ? [] : claims;
        return done.Any(v => v is null) || outcomes is not { } c
            ? null
            : ScenarioAnalysis.Assemble(Work.Scenario, Work.Options, [.. done.Select(v => v!)], c);
    }

    /// <summary>Stops every piece of the job: one piece's caller giving up means the job is over.</summary>
    public void Cancel()
    {
        try
        {
            stop.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The job was released while a late cancellation arrived; there is nothing left to stop.
        }
    }

    public void Dispose() => stop.Dispose();
}
