using System.Collections.Immutable;
using Parley.Core.Model;
using Parley.Formats.Yaml;

namespace Parley.Web.Forms;

// The checks and rewrites the structural edits share: new ids, stands in positions and their revisions, lever
// effects that go with what is removed, and the last check that no lever stops applying.
public static partial class FormEdits
{
    /// <summary>Why <paramref name="id"/> cannot be a new <paramref name="what"/>'s id, or null when it can.</summary>
    public static string? NewIdProblem(string? id, IEnumerable<string> taken, string what)
    {
        if (string.IsNullOrEmpty(id))
        {
            return $"Give the new {what} an id: one word without spaces.";
        }

        if (ScenarioIds.Problem(id) is { } problem)
        {
            return problem;
        }

        return taken.Contains(id, StringComparer.Ordinal) ? $"Another {what} already has the id '{id}'. Give each {what} its own id." : null;
    }

    // 'a', 'b' and 'c'.
    private static string Quoted(IEnumerable<string> ids)
    {
        var list = ids.Select(i => $"'{i}'").ToList();
        return list.Count <= 1 ? string.Concat(list) : $"{string.Join(", ", list.Take(list.Count - 1))} and {list[^1]}";
    }

    private static string ClaimsUse(ImmutableArray<string> claims, string what) =>
        $"{(claims.Length == 1 ? "Claim" : "Claims")} {Quoted(claims)} {(claims.Length == 1 ? "tests" : "test")} {what}: change {(claims.Length == 1 ? "its test" : "their tests")} in the YAML editor first.";

    // Every stand of the position, its own and its dated revisions', through the rewrite (null drops the stand).
    // A revision left with no stand and no walk-away revises nothing, so it goes too.
    private static Position MapStands(Position position, Func<IssuePosition, IssuePosition?> rewrite) =>
        position with
        {
            Issues = [.. position.Issues.Select(rewrite).OfType<IssuePosition>()],
            Revisions =
            [
                .. position.Revisions
                    .Select(r => r with { Issues = r.Issues.IsDefault ? r.Issues : [.. r.Issues.Select(rewrite).OfType<IssuePosition>()] })
                    .Where(r => r.WalkAway is not null || !r.Issues.IsDefaultOrEmpty),
            ],
        };

    // Every stand (own and revised) of every actor, with whose it is.
    private static IEnumerable<(string ActorId, IssuePosition Stand)> AllStands(Scenario scenario) =>
        scenario.Positions.SelectMany(p => p.Issues.Concat(p.Revisions.SelectMany(r => r.Issues.IsDefault ? [] : r.Issues)).Select(s => (p.ActorId, s)));

    // The levers without the effects that go; a lever left with none is a refusal (a lever that changes nothing
    // is no what-if), named with what its effects changed.
    private static ImmutableArray<Lever>? StripEffects(Scenario scenario, Func<LeverEffect, bool> goes, string what, List<string> notes, out string? refusal)
    {
        refusal = null;
        var levers = ImmutableArray.CreateBuilder<Lever>();
        foreach (var lever in scenario.Levers)
        {
            var gone = lever.Effects.Where(goes).ToList();
            if (gone.Count == 0)
            {
                levers.Add(lever);
                continue;
            }

            if (gone.Count == lever.Effects.Length)
            {
                refusal = $"Lever '{lever.Id}' changes nothing but {what}: remove the lever (Levers tab) or give it another effect first.";
                return null;
            }

            notes.Add($"Lever '{lever.Id}' no longer has the effect{(gone.Count == 1 ? string.Empty : "s")} {string.Join("; ", gone.Select(e => e.Describe()))}.");
            levers.Add(lever with { Effects = [.. lever.Effects.Where(e => !goes(e))] });
        }

        return levers.ToImmutable();
    }

    // The edit made, unless it stops a lever from applying that applied before.
    private static FormEditResult Finish(Scenario before, Scenario edited, IEnumerable<string> notes) =>
        LeverChecks.NewFailure(before, edited) is { } failure ? FormEditResult.Refused(failure) : FormEditResult.Made(edited, notes);

    // Whether an actor the edit touched has stands left that all weigh 0: the reader refuses such a position.
    private static string? ZeroWeights(Scenario edited, IEnumerable<string> actors)
    {
        var zero = edited.Positions.Where(p => actors.Contains(p.ActorId) && !p.Issues.IsEmpty && p.Issues.Sum(s => s.Weight.Value) <= 0).Select(p => p.ActorId).ToList();
        return zero.Count == 0 ? null : $"Every issue left to {Quoted(zero)} would weigh 0, so nothing would matter to {(zero.Count == 1 ? "it" : "them")}: give another issue a weight first (Positions tab).";
    }
}
