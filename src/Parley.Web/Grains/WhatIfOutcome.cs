using Parley.Web.Analysis;

namespace Parley.Web.Grains;

/// <summary>A what-if's answer, or the sentence saying why the request does not fit the scenario; and whether it came from the cache.</summary>
[GenerateSerializer, Immutable]
public sealed record WhatIfOutcome([property: Id(0)] WhatIfAnswer? Answer, [property: Id(1)] string? Problem, [property: Id(2)] bool Cached);
