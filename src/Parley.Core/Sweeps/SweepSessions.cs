using System.Collections.Concurrent;
using Parley.Core.Claims;
using Parley.Core.Model;
using Parley.Core.Session;

namespace Parley.Core.Sweeps;

/// <summary>
/// The lens sessions of one sweep's variants, shared by the pieces a process runs: a session caches what does
/// not change between draws (the conflict's stability), and the answers' parsed tests. Only a cache: a piece's
/// values are the same with a fresh one.
/// </summary>
public sealed class SweepSessions(SweepDefinition definition)
{
    private readonly ConcurrentDictionary<(int Scenario, string Overrides), Lazy<(LensSession? Session, string? Problem)>> sessions = new();
    private readonly ConcurrentDictionary<(string Text, bool Truth), ClaimTestParseResult> tests = new();

    /// <summary>The sweep these sessions belong to.</summary>
    public SweepDefinition Definition { get; } = definition ?? throw new ArgumentNullException(nameof(definition));

    /// <summary>The session of <paramref name="variant"/>'s scenario with its overrides, or why there is none.</summary>
    internal (LensSession? Session, string? Problem) For(SweepVariant variant) =>
        sessions.GetOrAdd((variant.Scenario, variant.OverridesText), _ => new Lazy<(LensSession?, string?)>(() => Create(variant))).Value;

    internal ClaimTestParseResult Test(SweepAnswer answer) => tests.GetOrAdd((answer.Test, answer.IsTruth), k => k.Truth ? ClaimTest.Parse(k.Text) : ClaimTest.ParseReading(k.Text));

    private (LensSession?, string?) Create(SweepVariant variant)
    {
        var scenario = Definition.Scenarios[variant.Scenario].Scenario;
        foreach (var o in variant.Overrides)
        {
            if (Override(scenario, o) is not { } changed)
            {
                return (null, $"The scenario has no figure '{o.Figure}'. Figures are named capability:ACTOR, walk-away:ACTOR or weight:ACTOR:ISSUE.");
            }

            scenario = changed;
        }

        var options = LensOptions.Default with { MonteCarloRuns = Definition.ForecastRuns, Seed = Definition.Seed };
        return (new LensSession(scenario, options), null);
    }

    /// <summary>The scenario with one figure fixed, or null when it has no such figure.</summary>
    public static Scenario? Override(Scenario scenario, FigureOverride figure)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(figure);
        var parts = figure.Figure.Split(':');
        Figure Fixed(Figure f) => f with { Value = figure.Value, Uncertainty = null };
        switch (parts)
        {
            case ["capability", var actor] when scenario.Actors.Any(a => a.Id == actor && a.Capability is not null):
                return scenario.With(actors: [.. scenario.Actors.Select(a => a.Id == actor ? a with { Capability = Fixed(a.Capability!) } : a)]);
            case ["walk-away", var actor] when scenario.Positions.Any(p => p.ActorId == actor):
                return scenario.With(positions: [.. scenario.Positions.Select(p => p.ActorId == actor ? p with { WalkAway = Fixed(p.WalkAway) } : p)]);
            case ["weight", var actor, var issue] when scenario.Positions.Any(p => p.ActorId == actor && p.Issues.Any(i => i.IssueId == issue)):
                return scenario.With(positions: [.. scenario.Positions.Select(p => p.ActorId != actor ? p : p with
                {
                    Issues = [.. p.Issues.Select(i => i.IssueId == issue ? i with { Weight = Fixed(i.Weight) } : i)],
                })]);
            default:
                return null;
        }
    }
}
