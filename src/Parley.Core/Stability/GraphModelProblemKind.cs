namespace Parley.Core.Stability;

/// <summary>Why a conflict's graph model cannot be built.</summary>
public enum GraphModelProblemKind
{
    /// <summary>The infeasibility conditions rule out every state.</summary>
    NoFeasibleState,

    /// <summary>The status quo is one of the states the conditions rule out.</summary>
    InfeasibleStatusQuo,

    /// <summary>A decision maker's ranking does not list every feasible state exactly once, or it has no preferences.</summary>
    BadRanking,
}
