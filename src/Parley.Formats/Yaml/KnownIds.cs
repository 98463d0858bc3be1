using Parley.Core.Model;

namespace Parley.Formats.Yaml;

/// <summary>
/// The ids the file defines, gathered before references are checked. An item whose id was read is known
/// even when the rest of it had errors, so one mistake does not cascade into "unknown" reports elsewhere.
/// </summary>
internal sealed class KnownIds
{
    public HashSet<string> Sources { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Actors { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Levers { get; } = new(StringComparer.Ordinal);

    /// <summary>Issues by id; null when the issue's shape could not be read.</summary>
    public Dictionary<string, Issue?> Issues { get; } = new(StringComparer.Ordinal);

    /// <summary>Actor ids with role <c>party</c>.</summary>
    public HashSet<string> Parties { get; } = new(StringComparer.Ordinal);
}
