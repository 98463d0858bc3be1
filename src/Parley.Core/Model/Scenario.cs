using System.Collections.Immutable;
using Parley.Core.Dynamics;

namespace Parley.Core.Model;

/// <summary>
/// A negotiation or conflict as one immutable model: who is at the table, what is at stake on which
/// track, what each side demands and can live with, what has been proposed, which levers exist and what
/// commentary claims. Every lens reads the parts it needs from here.
/// </summary>
/// <remarks>
/// The constructor checks the model's integrity (unique ids, every reference resolved) and throws
/// <see cref="ArgumentException"/> when it is broken: user input is checked earlier, with diagnostics,
/// by the readers in Parley.Formats.
/// </remarks>
public sealed record Scenario
{
    /// <summary>Creates a scenario and checks its integrity.</summary>
    public Scenario(
        string id,
        string title,
        string? description,
        ImmutableArray<Source> sources,
        ImmutableArray<Actor> actors,
        ImmutableArray<Issue> issues,
        ImmutableArray<Position> positions,
        ImmutableArray<Proposal> proposals,
        ImmutableArray<Lever> levers,
        ImmutableArray<Claim> claims)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id;
        Title = title ?? throw new ArgumentNullException(nameof(title));
        Description = description;
        Sources = Normalise(sources);
        Actors = Normalise(actors);
        Issues = Normalise(issues);
        Positions = Normalise(positions);
        Proposals = Normalise(proposals);
        Levers = Normalise(levers);
        Claims = Normalise(claims);
        ScenarioIntegrity.Check(this);
    }

    /// <summary>Short id of the scenario.</summary>
    public string Id { get; init; }

    /// <summary>Display title.</summary>
    public string Title { get; init; }

    /// <summary>A neutral paragraph, or null.</summary>
    public string? Description { get; init; }

    /// <summary>Every source cited anywhere in the scenario.</summary>
    public ImmutableArray<Source> Sources { get; init; }

    /// <summary>The actors.</summary>
    public ImmutableArray<Actor> Actors { get; init; }

    /// <summary>The issues, across all tracks.</summary>
    public ImmutableArray<Issue> Issues { get; init; }

    /// <summary>One memorandum per actor that takes positions.</summary>
    public ImmutableArray<Position> Positions { get; init; }

    /// <summary>Packages put forward.</summary>
    public ImmutableArray<Proposal> Proposals { get; init; }

    /// <summary>What-if changes.</summary>
    public ImmutableArray<Lever> Levers { get; init; }

    /// <summary>Statements to test.</summary>
    public ImmutableArray<Claim> Claims { get; init; }

    /// <summary>The horizon and trends of the dynamics lens, or null when the scenario has none.</summary>
    public ScenarioDynamics? Dynamics { get; init; }

    /// <summary>The graph model of the conflict for the stability lens, or null when the scenario has none.</summary>
    public Stability.Conflict? Conflict { get; init; }

    /// <summary>The tracks, in the order their first issue appears.</summary>
    public ImmutableArray<string> Tracks
    {
        get
        {
            var builder = ImmutableArray.CreateBuilder<string>();
            foreach (var issue in Issues)
            {
                if (!builder.Contains(issue.Track))
                {
                    builder.Add(issue.Track);
                }
            }

            return builder.ToImmutable();
        }
    }

    /// <summary>The actor with <paramref name="id"/>, or null.</summary>
    public Actor? FindActor(string id) => Find(Actors, a => a.Id, id);

    /// <summary>The issue with <paramref name="id"/>, or null.</summary>
    public Issue? FindIssue(string id) => Find(Issues, i => i.Id, id);

    /// <summary>The source with <paramref name="id"/>, or null.</summary>
    public Source? FindSource(string id) => Find(Sources, s => s.Id, id);

    /// <summary>The lever with <paramref name="id"/>, or null.</summary>
    public Lever? FindLever(string id) => Find(Levers, l => l.Id, id);

    /// <summary>The position of the actor with <paramref name="actorId"/>, or null.</summary>
    public Position? PositionOf(string actorId) => Find(Positions, p => p.ActorId, actorId);

    /// <summary>
    /// The actors whose consent <paramref name="issue"/> needs: those it names, or else every party.
    /// </summary>
    public ImmutableArray<Actor> ConsentingActors(Issue issue)
    {
        ArgumentNullException.ThrowIfNull(issue);
        var builder = ImmutableArray.CreateBuilder<Actor>();
        foreach (var actor in Actors)
        {
            bool needed = issue.ConsentBy.IsDefaultOrEmpty ? actor.IsParty : issue.ConsentBy.Contains(actor.Id);
            if (needed)
            {
                builder.Add(actor);
            }
        }

        return builder.ToImmutable();
    }

    private static ImmutableArray<T> Normalise<T>(ImmutableArray<T> items) => items.IsDefault ? [] : items;

    private static T? Find<T>(ImmutableArray<T> items, Func<T, string> key, string id)
        where T : class
    {
        foreach (var item in items)
        {
            if (string.Equals(key(item), id, StringComparison.Ordinal))
            {
                return item;
            }
        }

        return null;
    }
}
