namespace Parley.Core.Model;

/// <summary>One way a discrete issue can be settled.</summary>
/// <param name="Id">Unique id within its issue.</param>
/// <param name="Label">A neutral description.</param>
/// <param name="Axis">The option's place on the issue's 0–100 axis (for spatial forecasts), or null.</param>
public sealed record IssueOption(string Id, string Label, double? Axis);
