namespace Parley.Core.Forecast;

/// <summary>An option of a discrete issue and its place on the 0–100 axis.</summary>
/// <param name="Id">The option's id.</param>
/// <param name="Axis">Its place on the axis.</param>
public readonly record struct OptionPoint(string Id, double Axis);
