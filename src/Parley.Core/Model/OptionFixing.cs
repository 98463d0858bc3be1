namespace Parley.Core.Model;

/// <summary>
/// A conflict option is fixed from outside (stability lens): it must be taken (<paramref name="Taken"/>
/// true) or is forbidden (false). States that disagree become infeasible, and the status quo follows.
/// </summary>
/// <param name="OptionId">The option of the scenario's conflict.</param>
/// <param name="Taken">True to fix the option as taken, false to forbid it.</param>
public sealed record OptionFixing(string OptionId, bool Taken) : LeverEffect
{
    /// <inheritdoc />
    public override string Describe() => Taken ? $"conflict option {OptionId} fixed as taken" : $"conflict option {OptionId} forbidden";
}
