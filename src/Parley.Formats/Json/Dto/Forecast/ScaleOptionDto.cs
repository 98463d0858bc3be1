using System.Text.Json.Serialization;

namespace Parley.Formats.Json.Dto.Forecast;

/// <summary>One option of an issue and its point on the 0–100 axis.</summary>
/// <param name="Id">The option's id.</param>
/// <param name="Axis">Its point on the axis.</param>
public sealed record ScaleOptionDto(string Id, double Axis);
