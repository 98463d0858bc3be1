namespace Parley.Core.Session;

/// <summary>The lenses a <see cref="LensSession"/> computes, one typed result per variant each.</summary>
public enum LensKind
{
    /// <summary>Agreement space, blocking sets, frontier and solutions of one track.</summary>
    Agreement,

    /// <summary>Every stability concept on the conflict's graph model.</summary>
    Stability,

    /// <summary>A point forecast of one issue under one model.</summary>
    Forecast,

    /// <summary>The Monte Carlo distribution of one issue's forecast under one model (shared by variants with equal inputs).</summary>
    ForecastDistribution,

    /// <summary>Deal windows of every track along the dynamics horizon.</summary>
    Windows,

    /// <summary>How each proposal fares with each party.</summary>
    Proposals,

    /// <summary>Named end states: their equilibria, reachability and probability.</summary>
    EndStates,
}
