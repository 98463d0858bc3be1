using System.Collections.Immutable;
using Parley.Core.Model;

namespace Parley.Web.Forms;

/// <summary>
/// What a structural form edit did: the edited scenario with one sentence per thing it changed besides the
/// edit itself (a stand, a proposal term or a lever effect that went with a removed issue), or a refusal that
/// names what still uses the thing to remove, so the user knows what to change first. A refused edit leaves the
/// scenario as it was; no edit leaves one the reader would refuse.
/// </summary>
/// <param name="Scenario">The edited scenario, or null when the edit was refused.</param>
/// <param name="Refusal">Why the edit was refused (what to change first), or null.</param>
/// <param name="Notes">What else the edit changed, one sentence each.</param>
public sealed record FormEditResult(Scenario? Scenario, string? Refusal, ImmutableArray<string> Notes)
{
    /// <summary>Whether the edit was made.</summary>
    public bool Done => Scenario is not null;

    /// <summary>The edit made, with what else it changed.</summary>
    public static FormEditResult Made(Scenario scenario, IEnumerable<string>? notes = null) => new(scenario, null, notes is null ? [] : [.. notes]);

    /// <summary>The edit refused, with the sentence that says why.</summary>
    public static FormEditResult Refused(string reason) => new(null, reason, []);
}
