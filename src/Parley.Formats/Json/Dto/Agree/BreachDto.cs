namespace Parley.Formats.Json.Dto.Agree;

/// <summary>A red line a proposal crosses.</summary>
/// <param name="Issue">The issue.</param>
/// <param name="Option">The option proposed.</param>
/// <param name="Acceptable">The options inside the red line.</param>
/// <param name="Sources">Source ids.</param>
public sealed record BreachDto(string Issue, string Option, IEnumerable<string> Acceptable, IEnumerable<string> Sources);
