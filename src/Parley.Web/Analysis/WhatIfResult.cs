namespace Parley.Web.Analysis;

/// <summary>A what-if's answer, or the problems that keep the request from fitting the scenario (never both).</summary>
/// <param name="Answer">The verdicts, or null when <paramref name="Problems"/> is not empty.</param>
/// <param name="Problems">Unknown levers or figures, values outside their ranges, a date off the horizon.</param>
public sealed record WhatIfResult(WhatIfAnswer? Answer, IReadOnlyList<WhatIfProblem> Problems);
