using System.Numerics;

namespace Parley.Formats.Json.Dto.Agree;

/// <summary>One package a bargaining solution selects.</summary>
/// <param name="Package">Issue id → option id.</param>
/// <param name="Utilities">Actor id → utility.</param>
/// <param name="TiedPackages">Packages with the same utilities.</param>
public sealed record SolutionPointDto(IReadOnlyDictionary<string, string> Package, IReadOnlyDictionary<string, double> Utilities, BigInteger TiedPackages);
