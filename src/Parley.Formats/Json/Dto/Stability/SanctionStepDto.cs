namespace Parley.Formats.Json.Dto.Stability;

/// <summary>One move of a sanction.</summary>
/// <param name="Mover">Who moves.</param>
/// <param name="From">The state it leaves.</param>
/// <param name="To">The state it reaches.</param>
/// <param name="Taken">Option ids it takes.</param>
/// <param name="Dropped">Option ids it drops.</param>
public sealed record SanctionStepDto(string Mover, int From, int To, IEnumerable<string> Taken, IEnumerable<string> Dropped);
