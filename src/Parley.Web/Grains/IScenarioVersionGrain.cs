using Orleans.Concurrency;
using Parley.Web.Analysis;

namespace Parley.Web.Grains;

/// <summary>
/// One saved version of one scenario (key: <c>{scenarioId:N}/{version}</c>). It reads the version once and
/// owns its analysis cache, so the same what-if from any user is computed once. Callers check access first.
/// </summary>
public interface IScenarioVersionGrain : IGrainWithStringKey
{
    /// <summary>The levers, figures and horizon the explore view offers.</summary>
    [AlwaysInterleave]
    Task<WhatIfChoices> Choices();

    /// <summary>The verdicts of every lens for <paramref name="request"/>: from the cache, or computed once.</summary>
    [AlwaysInterleave]
    Task<WhatIfOutcome> WhatIf(WhatIfRequest request, CancellationToken cancellationToken = default);
}
