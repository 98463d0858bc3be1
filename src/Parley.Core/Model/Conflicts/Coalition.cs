using System.Collections.Immutable;

namespace Parley.Core.Model.Conflicts;

/// <summary>A named group of decision makers that may move together.</summary>
/// <param name="Id">Unique id within the conflict.</param>
/// <param name="Members">Actor ids of the members (at least two).</param>
public sealed record Coalition(string Id, ImmutableArray<string> Members);
