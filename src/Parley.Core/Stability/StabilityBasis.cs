namespace Parley.Core.Stability;

/// <summary>Why a state is, or is not, stable for one decision maker under one concept.</summary>
public enum StabilityBasis
{
    /// <summary>Stable because no move of the decision maker's own improves on the state (Nash stability).</summary>
    NoImprovement,

    /// <summary>Stable because every improving move is sanctioned: the others can answer it with a state the decision maker ranks no higher.</summary>
    EveryImprovementSanctioned,

    /// <summary>Not stable: at least one improving move has no sanction under the concept.</summary>
    UnsanctionedImprovement,
}
