namespace Parley.Web.Analysis;

/// <summary>A what-if: levers pulled (any combination), optionally the date on the dynamics horizon, and figures moved.</summary>
[GenerateSerializer, Immutable]
public sealed record WhatIfRequest(
    [property: Id(0)] string[]? Levers,
    [property: Id(1)] double? At,
    [property: Id(2)] FigureOverride[]? Overrides);

/// <summary>One figure set to a value: <c>capability:ACTOR</c>, <c>walk-away:ACTOR</c>, <c>weight:ACTOR:ISSUE</c> or <c>salience:ACTOR:ISSUE</c> (where the stand gives a salience).</summary>
[GenerateSerializer, Immutable]
public sealed record FigureOverride([property: Id(0)] string Figure, [property: Id(1)] double Value);

/// <summary>A figure the user may move in a what-if, with its stated range.</summary>
[GenerateSerializer, Immutable]
public sealed record FigureSlider(
    [property: Id(0)] string Figure,
    [property: Id(1)] string Label,
    [property: Id(2)] double Value,
    [property: Id(3)] double Min,
    [property: Id(4)] double Max,
    [property: Id(5)] bool Assumed);

/// <summary>A lever the user may pull.</summary>
[GenerateSerializer, Immutable]
public sealed record LeverChoice([property: Id(0)] string Id, [property: Id(1)] string Name, [property: Id(2)] string? Description, [property: Id(3)] double? StartsAt);

/// <summary>What the explore view offers for a version: its levers, its figures and the horizon.</summary>
[GenerateSerializer, Immutable]
public sealed record WhatIfChoices(
    [property: Id(0)] LeverChoice[] Levers,
    [property: Id(1)] FigureSlider[] Figures,
    [property: Id(2)] double? Horizon,
    [property: Id(3)] string? HorizonUnit);

/// <summary>The verdicts of every lens for one what-if.</summary>
[GenerateSerializer, Immutable]
public sealed record WhatIfAnswer(
    [property: Id(0)] string[] Levers,
    [property: Id(1)] double? At,
    [property: Id(2)] FigureOverride[] Overrides,
    [property: Id(3)] string? Failure,
    [property: Id(4)] TrackVerdict[] Agreement,
    [property: Id(5)] StabilityVerdict? Stability,
    [property: Id(6)] ForecastVerdict[] Forecasts,
    [property: Id(7)] string[] Skipped);

/// <summary>The agreement lens on one track.</summary>
[GenerateSerializer, Immutable]
public sealed record TrackVerdict(
    [property: Id(0)] string Track,
    [property: Id(1)] string Verdict,
    [property: Id(2)] string Explanation,
    [property: Id(3)] string Outcomes,
    [property: Id(4)] string Acceptable,
    [property: Id(5)] IssueGround[] CommonGround,
    [property: Id(6)] string[] Blocking,
    [property: Id(7)] string[] PlotActors,
    [property: Id(8)] PlotPoint[] Frontier,
    [property: Id(9)] PlotPoint[] Solutions);

/// <summary>The options of an issue every consenting actor accepts (empty: no common ground), and why.</summary>
[GenerateSerializer, Immutable]
public sealed record IssueGround([property: Id(0)] string Issue, [property: Id(1)] string[] Options, [property: Id(2)] string Reason);

/// <summary>A point in the utility plane of a track's first two actors.</summary>
[GenerateSerializer, Immutable]
public sealed record PlotPoint([property: Id(0)] string Label, [property: Id(1)] double X, [property: Id(2)] double Y, [property: Id(3)] bool AcceptableToAll);

/// <summary>The stability lens: is the status quo stable under each concept, and which states are equilibria.</summary>
[GenerateSerializer, Immutable]
public sealed record StabilityVerdict([property: Id(0)] string? StatusQuo, [property: Id(1)] ConceptVerdict[] Concepts, [property: Id(2)] string Explanation);

/// <summary>One stability concept's answer.</summary>
[GenerateSerializer, Immutable]
public sealed record ConceptVerdict([property: Id(0)] string Concept, [property: Id(1)] bool? StatusQuoStable, [property: Id(2)] string[] Equilibria);

/// <summary>The forecast lens on one issue: the expected utility model's forecast, and the Monte Carlo median with its 90 % band over <paramref name="Runs"/> draws.</summary>
[GenerateSerializer, Immutable]
public sealed record ForecastVerdict(
    [property: Id(0)] string Issue,
    [property: Id(1)] string Name,
    [property: Id(2)] string Unit,
    [property: Id(3)] double Median,
    [property: Id(4)] double P05,
    [property: Id(5)] double P95,
    [property: Id(6)] string? MedianOption,
    [property: Id(7)] double AxisMin,
    [property: Id(8)] double AxisMax,
    [property: Id(9)] double? ExpectedUtility,
    [property: Id(10)] int Runs);
