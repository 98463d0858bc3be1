namespace Parley.Core.Model;

/// <summary>The shape of an uncertain figure.</summary>
public enum DistributionKind
{
    /// <summary>Every value between the bounds equally likely.</summary>
    Uniform,

    /// <summary>Most likely at the mode, falling linearly to the bounds.</summary>
    Triangular,

    /// <summary>Normal with the given mean and standard deviation, truncated to the bounds.</summary>
    Normal,
}
