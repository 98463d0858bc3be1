using Parley.Core.Agreement;

namespace Parley.Formats.Json.Dto.Agree;

/// <summary>One actor's response to a proposal.</summary>
/// <param name="Actor">The actor.</param>
/// <param name="Utility">Its utility of the package.</param>
/// <param name="WalkAway">Its walk-away value.</param>
/// <param name="Accepts">True when it accepts.</param>
/// <param name="Breaches">Red lines crossed.</param>
/// <param name="Shortfall">How far below the walk-away value, 0 if not.</param>
/// <param name="Reason">Why, in a sentence.</param>
public sealed record ResponseDto(string Actor, double Utility, double WalkAway, bool Accepts, IEnumerable<BreachDto> Breaches, double Shortfall, string Reason)
{
    /// <summary>The DTO of one response.</summary>
    public static ResponseDto From(ActorResponse r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new ResponseDto(r.ActorId, r.Utility, r.WalkAway, r.Accepts, r.Breaches.Select(b => new BreachDto(b.IssueId, b.OptionId, b.Acceptable, b.Sources)), r.Shortfall, r.Reason);
    }
}
