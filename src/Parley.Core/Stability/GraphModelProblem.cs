using Parley.Core.Model.Conflicts;

namespace Parley.Core.Stability;

/// <summary>Why a conflict's graph model cannot be built, with a sentence saying what is wrong.</summary>
/// <param name="Kind">Which rule is broken.</param>
/// <param name="Message">What is wrong.</param>
/// <param name="Broken">For an infeasible status quo, the first condition it meets (null when none is named).</param>
public sealed record GraphModelProblem(GraphModelProblemKind Kind, string Message, Infeasibility? Broken = null);
