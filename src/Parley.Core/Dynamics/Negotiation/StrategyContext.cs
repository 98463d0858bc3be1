using Parley.Core.Model.Dynamics;
namespace Parley.Core.Dynamics;

/// <summary>What a negotiator knows when it sets its target utility for a turn.</summary>
/// <param name="Time">Relative time in [0, 1): round index divided by the deadline in rounds.</param>
/// <param name="Minimum">
/// The lowest utility it will aim for: its reservation value now, or its smallest possible utility if
/// that is higher (GENIUS's P_min), never above <paramref name="Maximum"/>.
/// </param>
/// <param name="Maximum">Its largest possible utility (GENIUS's P_max).</param>
/// <param name="OpponentConcession">
/// How much the other parties' offers have improved for it, in its own utility: for each other party the
/// utility of its latest offer minus that of its first (0 before it has offered), the smallest of these,
/// and never below 0.
/// </param>
public readonly record struct StrategyContext(double Time, double Minimum, double Maximum, double OpponentConcession);
