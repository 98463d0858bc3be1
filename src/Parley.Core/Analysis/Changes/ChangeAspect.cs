namespace Parley.Core.Analysis.Changes;

/// <summary>Which answer of a lens a <see cref="ChangeSubject"/> compares.</summary>
public enum ChangeAspect
{
    /// <summary>A track's agreement verdict.</summary>
    Verdict,

    /// <summary>How many of a track's packages are acceptable.</summary>
    AcceptablePackages,

    /// <summary>The demands that block a track's deal.</summary>
    BlockingDemands,

    /// <summary>The common ground of a track on an issue.</summary>
    CommonGround,

    /// <summary>Whether the status quo is stable under a concept.</summary>
    StatusQuoStability,

    /// <summary>A concept's equilibria.</summary>
    Equilibria,

    /// <summary>What holds the status quo under a concept.</summary>
    StatusQuoHold,

    /// <summary>The Monte Carlo reading of an issue's forecast.</summary>
    ForecastReading,

    /// <summary>Each forecast model's reading of an issue.</summary>
    ModelReadings,

    /// <summary>When a track's deal is open.</summary>
    Windows,
}
