using System.Collections.Concurrent;
using System.Globalization;
using Parley.Core.Model;
using Parley.Web.Analysis;
using Parley.Web.Data;
using Parley.Web.Scenarios;

namespace Parley.Web.Grains;

/// <summary>
/// Holds one version's scenario, read once on activation, and the answers to what-ifs asked of it. Calls
/// interleave: a what-if computes on the thread pool, so one slow request does not hold up the others, and two
/// requests for the same what-if share one computation.
/// </summary>
public sealed class ScenarioVersionGrain(IServiceScopeFactory scopes) : Grain, IScenarioVersionGrain
{
    /// <summary>At most this many answers are kept per version; beyond it the cache starts afresh.</summary>
    public const int CacheCapacity = 512;

    private readonly ConcurrentDictionary<string, Lazy<Task<WhatIfOutcome>>> cache = new(StringComparer.Ordinal);
    private Scenario? scenario;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var (id, version) = Parse(this.GetPrimaryKeyString());
        await using var scope = scopes.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<ScenarioStore>();
        var saved = await store.ReadUnchecked(id, version, ShareRole.Viewer, cancellationToken)
            ?? throw new InvalidOperationException($"Scenario {id} has no version {version}.");
        var read = ScenarioYaml.Read(saved.Yaml);
        scenario = read.Value;
        await base.OnActivateAsync(cancellationToken);
    }

    public Task<WhatIfChoices> Choices() =>
        Task.FromResult(scenario is { } s ? LensAdapter.Choices(s) : new WhatIfChoices([], [], null, null));

    public async Task<WhatIfOutcome> WhatIf(WhatIfRequest request, CancellationToken cancellationToken = default)
    {
        if (scenario is not { } s)
        {
            return new WhatIfOutcome(null, [new WhatIfProblem(WhatIfProblem.VersionHasErrors, "This version has errors, so it cannot be analysed; fix the diagnostics and save a new version.")], false);
        }

        string key = LensAdapter.CacheKey(request);
        if (cache.TryGetValue(key, out var hit) && hit.Value.IsCompletedSuccessfully)
        {
            return hit.Value.Result with { Cached = true };
        }

        if (cache.Count >= CacheCapacity)
        {
            cache.Clear();
        }

        // The computation is shared and runs to the end (its answer is cached); a caller that gives up only stops waiting.
        var entry = cache.GetOrAdd(key, _ => new Lazy<Task<WhatIfOutcome>>(() => Task.Run(() => Compute(s, request))));
        return await entry.Value.WaitAsync(cancellationToken);
    }

    /// <summary>The grain key of a version.</summary>
    public static string Key(Guid scenarioId, int version) => string.Create(CultureInfo.InvariantCulture, $"{scenarioId:N}/{version}");

    private static WhatIfOutcome Compute(Scenario scenario, WhatIfRequest request)
    {
        var result = LensAdapter.WhatIf(scenario, request, CancellationToken.None);
        return new WhatIfOutcome(result.Answer, [.. result.Problems], false);
    }

    private static (Guid Id, int Version) Parse(string key)
    {
        var parts = key.Split('/');
        return (Guid.ParseExact(parts[0], "N"), int.Parse(parts[1], CultureInfo.InvariantCulture));
    }
}
