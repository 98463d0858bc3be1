using System.Collections.Immutable;
using Parley.Core.Model.Conflicts;
using Parley.Core.Model.Dynamics;

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
        ImmutableArray<Claim> claims,
        ScenarioDynamics? dynamics = null,
        Conflict? conflict = null,
        ImmutableArray<EndState> endStates = default)
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
        Dynamics = dynamics;
        Conflict = conflict;
        EndStates = Normalise(endStates);
        ScenarioIntegrity.Check(this);
    }

    /// <summary>Short id of the scenario.</summary>
    public string Id { get; }

    /// <summary>Display title.</summary>
    public string Title { get; }

    /// <summary>A neutral paragraph, or null.</summary>
    public string? Description { get; }

    /// <summary>Every source cited anywhere in the scenario.</summary>
    public ImmutableArray<Source> Sources { get; }

    /// <summary>The actors.</summary>
    public ImmutableArray<Actor> Actors { get; }

    /// <summary>The issues, across all tracks.</summary>
    public ImmutableArray<Issue> Issues { get; }

    /// <summary>One memorandum per actor that takes positions.</summary>
    public ImmutableArray<Position> Positions { get; }

    /// <summary>Packages put forward.</summary>
    public ImmutableArray<Proposal> Proposals { get; }

    /// <summary>What-if changes.</summary>
    public ImmutableArray<Lever> Levers { get; }

    /// <summary>Statements to test.</summary>
    public ImmutableArray<Claim> Claims { get; }

    /// <summary>The horizon and trends of the dynamics lens, or null when the scenario has none.</summary>
    public ScenarioDynamics? Dynamics { get; }

    /// <summary>The graph model of the conflict for the stability lens, or null when the scenario has none.</summary>
    public Conflict? Conflict { get; }

    /// <summary>The named end states (deadlock, settlement, capitulation …), empty when none is named.</summary>
    public ImmutableArray<EndState> EndStates { get; }

    /// <summary>The tracks, in the order their first issue appears.</summary>
    // Made at each call, not kept beside the list of issues: a lever that removes an option makes a new list in
    // every variant and draw, and a kept entry per list (a handle the garbage collector visits at every
    // collection) once made a sweep's collections its main cost. A scenario has a few dozen issues.
    public ImmutableArray<string> Tracks
    {
        get
        {
            var tracks = ImmutableArray.CreateBuilder<string>();
            foreach (var issue in Issues)
            {
                if (!tracks.Contains(issue.Track))
                {
                    tracks.Add(issue.Track);
                }
            }

            return tracks.DrainToImmutable();
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

    /// <summary>
    /// A copy with the given parts replaced (null keeps a part), checked for integrity like any new
    /// scenario: the only way to derive a scenario, so no copy can skip <see cref="ScenarioIntegrity.Check"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The copy's integrity is broken.</exception>
    public Scenario With(
        ImmutableArray<Actor>? actors = null,
        ImmutableArray<Issue>? issues = null,
        ImmutableArray<Position>? positions = null,
        ImmutableArray<Proposal>? proposals = null,
        ImmutableArray<Lever>? levers = null,
        ImmutableArray<Claim>? claims = null) =>
        new(Id, Title, Description, Sources, actors ?? Actors, issues ?? Issues, positions ?? Positions, proposals ?? Proposals, levers ?? Levers, claims ?? Claims, Dynamics, Conflict, EndStates);

    /// <summary>A copy with <paramref name="conflict"/> as its graph model (null: none), checked for integrity.</summary>
    public Scenario WithConflict(Conflict? conflict) =>
        new(Id, Title, Description, Sources, Actors, Issues, Positions, Proposals, Levers, Claims, Dynamics, conflict, EndStates);

    /// <summary>A copy with <paramref name="dynamics"/> as its horizon and trends (null: none), checked for integrity.</summary>
    public Scenario WithDynamics(ScenarioDynamics? dynamics) =>
        new(Id, Title, Description, Sources, Actors, Issues, Positions, Proposals, Levers, Claims, dynamics, Conflict, EndStates);

    /// <summary>A copy with <paramref name="endStates"/> as its named end states, checked for integrity.</summary>
    public Scenario WithEndStates(ImmutableArray<EndState> endStates) =>
        new(Id, Title, Description, Sources, Actors, Issues, Positions, Proposals, Levers, Claims, Dynamics, Conflict, endStates);

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
