using Orleans.Concurrency;
using Parley.Web.Analysis;

namespace Parley.Web.Grains;

/// <summary>
/// Computes the independent pieces of a background analysis (each variant, then the claims) on the silo that calls
/// it: a stateless worker, activated where its caller is, so the pieces meet the job in that silo's
/// <see cref="AnalysisWorkers"/> (see <see cref="AnalysisWorkers.Begin"/>).
/// </summary>
public interface IAnalysisPieceGrain : IGrainWithIntegerKey
{
    /// <summary>Every lens of variant <paramref name="index"/> of the job's plan.</summary>
    [AlwaysInterleave]
    Task Variant(Guid job, int index, CancellationToken cancellationToken);

    /// <summary>The outcomes of the job's claims (asked once every variant is done, so they read its lens results).</summary>
    [AlwaysInterleave]
    Task Claims(Guid job, CancellationToken cancellationToken);
}
