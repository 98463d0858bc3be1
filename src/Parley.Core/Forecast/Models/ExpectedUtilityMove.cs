namespace Parley.Core.Forecast;

/// <summary>One actor's move in a round of the expected utility model, with the expected utilities that explain it.</summary>
/// <param name="Actor">The actor that moved (the receiver of the offer).</param>
/// <param name="Counterpart">The actor whose offer it accepted.</param>
/// <param name="Kind">Confrontation, compromise or capitulation.</param>
/// <param name="OwnExpectedUtility">The mover's estimate of its expected utility of challenging the counterpart (Eᵢⱼ).</param>
/// <param name="CounterpartExpectedUtility">The mover's estimate of the counterpart's expected utility of challenging it (Eⱼᵢ).</param>
/// <param name="From">Position before the move.</param>
/// <param name="To">Position after the move.</param>
public sealed record ExpectedUtilityMove(
    int Actor,
    int Counterpart,
    OfferKind Kind,
    double OwnExpectedUtility,
    double CounterpartExpectedUtility,
    double From,
    double To);
