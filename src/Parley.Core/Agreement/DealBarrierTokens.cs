namespace Parley.Core.Agreement;

/// <summary>The token of each <see cref="DealBarrier"/> in JSON and in the report's data: one table for every writer.</summary>
public static class DealBarrierTokens
{
    /// <summary><c>none</c>, <c>redLines</c>, <c>walkAways</c>, <c>redLinesAndWalkAways</c> or <c>combination</c>.</summary>
    public static string Token(this DealBarrier barrier) => barrier switch
    {
        DealBarrier.None => "none",
        DealBarrier.RedLines => "redLines",
        DealBarrier.WalkAways => "walkAways",
        DealBarrier.RedLinesAndWalkAways => "redLinesAndWalkAways",
        _ => "combination",
    };
}
