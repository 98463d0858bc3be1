namespace Parley.Core.Sensitivity;

/// <summary>How a verdict's frequency over the draws reads (thresholds in <see cref="Robustness"/>).</summary>
public enum RobustnessReading
{
    /// <summary>The verdict holds in at least 90 % of the draws.</summary>
    Robust,

    /// <summary>The verdict holds in more than 10 % and less than 90 % of the draws: the uncertain figures decide it.</summary>
    Undecided,

    /// <summary>The verdict holds in at most 10 % of the draws: the point values are an exception.</summary>
    Contradicted,
}
