using Orleans.Concurrency;
using Parley.Web.Analysis;

namespace Parley.Web.Grains;

/// <summary>Computes a background analysis's pieces through the silo's <see cref="AnalysisWorkers"/>, which bound the threads used.</summary>
[StatelessWorker]
public sealed class AnalysisPieceGrain(AnalysisWorkers workers) : Grain, IAnalysisPieceGrain
{
    /// <inheritdoc />
    public Task Variant(Guid job, int index, CancellationToken cancellationToken) => workers.Variant(job, index, cancellationToken);

    /// <inheritdoc />
    public Task Claims(Guid job, CancellationToken cancellationToken) => workers.Claims(job, cancellationToken);
}
