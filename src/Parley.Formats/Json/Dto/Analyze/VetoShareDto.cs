using Parley.Core.Analysis;

namespace Parley.Formats.Json.Dto.Analyze;

/// <summary>How a forecast fares with one veto holder (an actor whose consent the issue needs).</summary>
/// <param name="ActorId">The veto holder.</param>
/// <param name="Share">Share of the Monte Carlo draws inside its acceptable set (1 when it draws no red line).</param>
/// <param name="Accepted">Whether the point forecast lies inside its acceptable set; false: the forecast would be vetoed by it.</param>
public sealed record VetoShareDto(
    string ActorId,
    double Share,
    bool Accepted)
{
    /// <summary>The DTO of <paramref name="value"/>.</summary>
    public static VetoShareDto From(VetoShare value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(
            value.ActorId,
            value.Share,
            value.Accepted);
    }
}
