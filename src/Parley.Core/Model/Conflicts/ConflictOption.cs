namespace Parley.Core.Model.Conflicts;

/// <summary>A yes/no choice controlled by one decision maker.</summary>
/// <param name="Id">Unique id within the conflict, such as <c>ru-offensive</c>.</param>
/// <param name="Name">Display name, such as "continue the offensive".</param>
/// <param name="Reversibility">Which way the option may be switched.</param>
public sealed record ConflictOption(string Id, string Name, OptionReversibility Reversibility = OptionReversibility.Both);
