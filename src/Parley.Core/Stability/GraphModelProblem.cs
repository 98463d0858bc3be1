namespace Parley.Core.Stability;

/// <summary>Why a conflict's graph model cannot be built, with a sentence saying what is wrong.</summary>
/// <param name="Kind">Which rule is broken.</param>
/// <param name="Message">What is wrong.</param>
public sealed record GraphModelProblem(GraphModelProblemKind Kind, string Message);
