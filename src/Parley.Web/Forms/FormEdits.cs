using System.Collections.Immutable;
using Parley.Core.Model;
using Parley.Formats.Yaml;

namespace Parley.Web.Forms;

/// <summary>
/// The edits the form views make, each a pure function from a scenario to the edited scenario. The edits of
/// values only change what a form control offers (names, roles, figures within [0, 1], options chosen from the
/// issue's own), so they cannot break the model's references. The structural edits (adding and removing actors,
/// issues, options, stands, lever effects) return a <see cref="FormEditResult"/>: the edited scenario with what
/// else went with the edit, or a refusal naming what still uses the thing to remove. The saved YAML is still read
/// back by the reader before it is stored (<see cref="FormSave"/>). A figure moved keeps its provenance, sources
/// and note, and its uncertainty range moves with it, clipped to [0, 1].
/// </summary>
public static partial class FormEdits
{
    /// <summary>The actor's display name, role and description.</summary>
    public static Scenario Actor(Scenario scenario, string actorId, string name, ActorRole role, string? description) =>
        scenario.With(actors: [.. scenario.Actors.Select(a => a.Id == actorId
            ? a with { Name = string.IsNullOrWhiteSpace(name) ? a.Id : name.Trim(), Role = role, Description = Blank(description) }
            : a)]);

    /// <summary>The actor's capability (null: none, so the forecast lens leaves the actor out).</summary>
    public static Scenario Capability(Scenario scenario, string actorId, double? value) =>
        scenario.With(actors: [.. scenario.Actors.Select(a => a.Id != actorId
            ? a
            : a with { Capability = value is { } v ? Moved(a.Capability ?? Figure.Assumed(v), v) : null })]);

    /// <summary>A new actor with the given id, which must be well-formed and not another actor's.</summary>
    public static FormEditResult AddActor(Scenario scenario, string id, string name, ActorRole role)
    {
        string trimmed = id?.Trim() ?? string.Empty;
        if (NewIdProblem(trimmed, scenario.Actors.Select(a => a.Id), "actor") is { } problem)
        {
            return FormEditResult.Refused(problem);
        }

        if (scenario.Actors.Length >= YamlLimits.MaxActors)
        {
            return FormEditResult.Refused($"The scenario has {scenario.Actors.Length} actors, as many as Parley analyses. Merge minor actors into blocs first.");
        }

        return FormEditResult.Made(scenario.With(actors: scenario.Actors.Add(new Actor(trimmed, string.IsNullOrWhiteSpace(name) ? trimmed : name.Trim(), role, null, [], null, []))));
    }

    /// <summary>The issue's name, track and description.</summary>
    public static Scenario Issue(Scenario scenario, string issueId, string name, string track, string? description) =>
        scenario.With(issues: [.. scenario.Issues.Select(i => i.Id == issueId
            ? i with { Name = string.IsNullOrWhiteSpace(name) ? i.Id : name.Trim(), Track = string.IsNullOrWhiteSpace(track) ? i.Track : track.Trim(), Description = Blank(description) }
            : i)]);

    /// <summary>An option's label and place on the 0–100 axis.</summary>
    public static Scenario Option(Scenario scenario, string issueId, string optionId, string label, double? axis) =>
        scenario.With(issues: [.. scenario.Issues.Select(i => i.Id != issueId
            ? i
            : i with
            {
                Options = [.. i.Options.Select(o => o.Id == optionId
                    ? o with { Label = string.IsNullOrWhiteSpace(label) ? o.Id : label.Trim(), Axis = axis is { } x ? Math.Clamp(x, 0, 100) : null }
                    : o)],
            })]);

    /// <summary>The issue's status quo: one of its options, or none.</summary>
    public static Scenario StatusQuo(Scenario scenario, string issueId, string? optionId) =>
        scenario.With(issues: [.. scenario.Issues.Select(i => i.Id == issueId && i.Kind == IssueKind.Discrete && (optionId is null || i.IndexOfOption(optionId) >= 0)
            ? i with { StatusQuo = optionId }
            : i)]);

    /// <summary>The actor's walk-away value.</summary>
    public static Scenario WalkAway(Scenario scenario, string actorId, double value) =>
        scenario.With(positions: [.. scenario.Positions.Select(p => p.ActorId == actorId ? p with { WalkAway = Moved(p.WalkAway, value) } : p)]);

    /// <summary>
    /// The actor's stand on a discrete issue: the preferred option and the acceptable ones (the preferred option is
    /// always acceptable: the reader would refuse a stand that excludes it).
    /// </summary>
    public static Scenario Stand(Scenario scenario, string actorId, string issueId, string preferred, IEnumerable<string> acceptable)
    {
        var issue = scenario.FindIssue(issueId);
        if (issue is null || issue.IndexOfOption(preferred) < 0)
        {
            return scenario;
        }

        var accepted = issue.Options.Select(o => o.Id).Where(o => o == preferred || acceptable.Contains(o)).ToImmutableArray();
        return EditStand(scenario, actorId, issueId, s => s with { Preferred = preferred, Acceptable = accepted });
    }

    /// <summary>What one option of a discrete issue is worth to the actor, within [0, 1] (a new option starts at 0).</summary>
    public static Scenario OptionValue(Scenario scenario, string actorId, string issueId, string optionId, double value)
    {
        if (scenario.FindIssue(issueId) is not { Kind: IssueKind.Discrete } issue || issue.IndexOfOption(optionId) is var k && k < 0 || !double.IsFinite(value))
        {
            return scenario;
        }

        return EditStand(scenario, actorId, issueId, s => s.Values.Length == issue.Options.Length ? s with { Values = s.Values.SetItem(k, Math.Clamp(value, 0, 1)) } : s);
    }

    /// <summary>The actor's stand on a numeric issue: the preferred number and the acceptable interval, kept within the issue's range and around the preferred number.</summary>
    public static Scenario NumericStand(Scenario scenario, string actorId, string issueId, double preferred, double min, double max)
    {
        if (scenario.FindIssue(issueId) is not { Range: { } range })
        {
            return scenario;
        }

        double p = Math.Clamp(preferred, range.Min, range.Max);
        double lo = Math.Clamp(Math.Min(min, p), range.Min, range.Max);
        double hi = Math.Clamp(Math.Max(max, p), range.Min, range.Max);
        return EditStand(scenario, actorId, issueId, s => s with { PreferredValue = p, AcceptableRange = new NumericRange(lo, hi, range.Unit, range.Step) });
    }

    /// <summary>The weight of the issue for the actor (the form shows the sum; <see cref="NormaliseWeights"/> runs before a save).</summary>
    public static Scenario Weight(Scenario scenario, string actorId, string issueId, double value) =>
        EditStand(scenario, actorId, issueId, s => s with { Weight = Moved(s.Weight, value) });

    /// <summary>
    /// Every actor's weights divided by their sum, as the reader would divide them (warning PAR034): done before
    /// a save, so what is stored reads back to exactly what the form shows after saving.
    /// </summary>
    public static Scenario NormaliseWeights(Scenario scenario) =>
        scenario.With(positions: [.. scenario.Positions.Select(p =>
        {
            double sum = p.Issues.Sum(s => s.Weight.Value);
            return sum <= 0 || Math.Abs(sum - 1) <= 1e-6
                ? p
                : p with { Issues = [.. p.Issues.Select(s => s with { Weight = s.Weight.WithChange(new ValueChange(ChangeMode.Multiply, 1 / sum)).WithUncertaintyWithin(0, 1) })] };
        })]);

    /// <summary>The lever's name, description, start on the horizon and basis.</summary>
    public static Scenario Lever(Scenario scenario, string leverId, string name, string? description, double? startsAt, Provenance provenance) =>
        scenario.With(levers: [.. scenario.Levers.Select(l => l.Id == leverId
            ? l with
            {
                Name = string.IsNullOrWhiteSpace(name) ? l.Id : name.Trim(),
                Description = Blank(description),
                StartsAt = startsAt is { } t && scenario.Dynamics is { } d ? Math.Clamp(t, 0, d.Horizon.Length) : null,
                Provenance = provenance == Provenance.Stated && l.Sources.IsEmpty ? Provenance.Assumption : provenance,
            }
            : l)]);

    private static Scenario EditStand(Scenario scenario, string actorId, string issueId, Func<IssuePosition, IssuePosition> edit) =>
        scenario.With(positions: [.. scenario.Positions.Select(p => p.ActorId != actorId
            ? p
            : p with { Issues = [.. p.Issues.Select(s => s.IssueId == issueId ? edit(s) : s)] })]);

    // The value within [0, 1]; the uncertainty range moves with it (as a lever moves it) and stays within [0, 1].
    private static Figure Moved(Figure figure, double value)
    {
        double v = double.IsFinite(value) ? Math.Clamp(value, 0, 1) : figure.Value;
        return figure.WithValue(v).WithUncertaintyWithin(0, 1);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
