using System.Collections.Immutable;
using Parley.Core.Claims;
using Parley.Core.Model;

namespace Parley.Web.Forms;

/// <summary>
/// Which claims' tests name an actor, issue, option or track. A claim's test is text the form cannot rewrite,
/// so an edit that would leave a test naming something gone is refused with the claims' ids.
/// </summary>
public static class ClaimUses
{
    /// <summary>The claims whose test names issue <paramref name="issueId"/> (as <c>issue</c> or <c>given</c>).</summary>
    public static ImmutableArray<string> Issue(Scenario scenario, string issueId) =>
        Claims(scenario, q => Named(q, "issue", issueId) || Named(q, "given", issueId));

    /// <summary>
    /// The claims whose test names option <paramref name="optionId"/> of issue <paramref name="issueId"/>: as
    /// <c>from</c> or <c>to</c> of a gain on that issue, or as <c>given-option</c> with that issue <c>given</c>.
    /// </summary>
    public static ImmutableArray<string> Option(Scenario scenario, string issueId, string optionId) =>
        Claims(scenario, q =>
            (Named(q, "issue", issueId) && (Named(q, "from", optionId) || Named(q, "to", optionId)))
            || (Named(q, "given", issueId) && Named(q, "given-option", optionId)));

    /// <summary>The claims whose test names actor <paramref name="actorId"/> (as <c>actor</c> or <c>without</c>).</summary>
    public static ImmutableArray<string> Actor(Scenario scenario, string actorId) =>
        Claims(scenario, q => Named(q, "actor", actorId) || Named(q, "without", actorId));

    /// <summary>The claims whose test names track <paramref name="track"/>.</summary>
    public static ImmutableArray<string> Track(Scenario scenario, string track) =>
        Claims(scenario, q => Named(q, "track", track));

    private static ImmutableArray<string> Claims(Scenario scenario, Func<LensQuery, bool> names) =>
        [.. scenario.Claims.Where(c => c.Test is { } test && ClaimTest.Parse(test).Expression is { } e && e.Queries().Any(names)).Select(c => c.Id)];

    private static bool Named(LensQuery query, string name, string value) =>
        query.Arguments.Concat(query.PropertyArguments).Any(a => a.Name == name && a.Value == value);
}
