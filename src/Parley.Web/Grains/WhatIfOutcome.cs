using Parley.Web.Analysis;

namespace Parley.Web.Grains;

/// <summary>A what-if's answer, or the problems saying why the request does not fit the scenario; and whether it came from the cache.</summary>
[GenerateSerializer, Immutable]
public sealed record WhatIfOutcome([property: Id(0)] WhatIfAnswer? Answer, [property: Id(1)] WhatIfProblem[] Problems, [property: Id(2)] bool Cached)
{
    /// <summary>The problems as one paragraph, or null when there are none.</summary>
    public string? Problem => Problems.Length == 0 ? null : string.Join(" ", Problems.Select(p => p.Message));
}
