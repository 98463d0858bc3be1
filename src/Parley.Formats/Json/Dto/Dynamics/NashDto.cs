namespace Parley.Formats.Json.Dto.Dynamics;

/// <summary>The Nash solution at one time.</summary>
/// <param name="Utilities">Actor id → utility of the first tied point.</param>
/// <param name="TiedPoints">How many points tie.</param>
/// <param name="Packages">The packages, as <c>issue=option, …</c>.</param>
public sealed record NashDto(IReadOnlyDictionary<string, double> Utilities, int TiedPoints, IEnumerable<string> Packages);
