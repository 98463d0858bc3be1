using System.Collections.Immutable;
using System.Xml.Linq;
using Parley.Core.Diagnostics;
using Parley.Core.Model;

namespace Parley.Formats.Genius;

/// <summary>
/// Imports a GENIUS negotiation (a domain XML and one linear utility-space XML per party) as a Parley
/// <see cref="Scenario"/>, with GENIUS's utility semantics (see <c>docs/importers.md</c>): every issue
/// becomes a discrete issue on one track, every profile a party whose option values are
/// evaluation ÷ max evaluation (integer and real issues through their evaluators), whose weights are
/// used as written with the utility capped at 1 (<see cref="Position.UtilityCeiling"/>), whose walk-away
/// value is the reservation value and whose discount factor is kept (<see cref="Position.DiscountFactor"/>).
/// </summary>
public static class GeniusImporter
{
    /// <summary>The track every imported issue belongs to.</summary>
    public const string Track = "negotiation";

    /// <summary>Reads the files and imports them; unreadable files become diagnostics (PG0001).</summary>
    /// <param name="domainPath">The domain file, or null to take the issues from the first profile.</param>
    /// <param name="profilePaths">One profile per party, in order.</param>
    public static ParseResult<Scenario> Read(string? domainPath, IReadOnlyList<string> profilePaths)
    {
        ArgumentNullException.ThrowIfNull(profilePaths);
        var diagnostics = new List<Diagnostic>();
        SourceText? domain = domainPath is null ? null : Load(domainPath, diagnostics);
        var profiles = profilePaths.Select(p => Load(p, diagnostics)).ToList();
        if (diagnostics.Count > 0)
        {
            return ParseResult<Scenario>.Failure(diagnostics);
        }

        return Parse(domain, [.. profiles.Select(p => p!)]);
    }

    /// <summary>Imports a domain and its profiles from their texts.</summary>
    /// <param name="domain">The domain file, or null to take the issues from the first profile.</param>
    /// <param name="profiles">One profile per party, in order (at least one).</param>
    public static ParseResult<Scenario> Parse(SourceText? domain, IReadOnlyList<SourceText> profiles)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        var diagnostics = new List<Diagnostic>();
        if (profiles.Count == 0)
        {
            diagnostics.Add(Diagnostic.Error("PG0100", "No profile was given. Pass the domain file followed by one utility-space file per party.", SourceLocation.OfFile(domain?.Name ?? "(none)")));
            return ParseResult<Scenario>.Failure(diagnostics);
        }

        var domainDoc = domain is null ? null : GeniusXml.Load(domain, diagnostics);
        var profileDocs = profiles.Select(p => GeniusXml.Load(p, diagnostics)).ToList();
        if (diagnostics.Count > 0)
        {
            return ParseResult<Scenario>.Failure(diagnostics);
        }

        // Issues: the domain's utility_space, or the first profile's when no domain is given.
        var domainSource = domain ?? profiles[0];
        var domainXml = new GeniusXml(domainSource.Name, diagnostics);
        var domainRoot = (domainDoc ?? profileDocs[0])!.Root!;
        var space = GeniusXml.Is(domainRoot, "utility_space") ? domainRoot : domainRoot.Descendants().FirstOrDefault(e => GeniusXml.Is(e, "utility_space"));
        if (space is null)
        {
            domainXml.Error("PG0102", $"The domain has no <utility_space> element (root is <{domainRoot.Name.LocalName}>). Pass a GENIUS domain file first.", domainRoot, string.Empty);
            return ParseResult<Scenario>.Failure(diagnostics);
        }

        var issues = GeniusDomainReader.Read(space, domainXml);
        if (diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            return ParseResult<Scenario>.Failure(diagnostics);
        }

        var read = new List<GeniusProfileReader.Profile?>();
        for (int p = 0; p < profiles.Count; p++)
        {
            read.Add(GeniusProfileReader.Read(profileDocs[p]!.Root!, issues, new GeniusXml(profiles[p].Name, diagnostics)));
        }

        if (diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            return ParseResult<Scenario>.Failure(Ordered(diagnostics, domainSource, profiles));
        }

        var scenario = Build(domainSource, domainDoc, profiles, issues, [.. read.Select(r => r!)]);
        return ParseResult<Scenario>.Success(scenario, Ordered(diagnostics, domainSource, profiles));
    }

    private static Scenario Build(SourceText domainSource, XDocument? domainDoc, IReadOnlyList<SourceText> profiles, List<GeniusIssue> issues, List<GeniusProfileReader.Profile> read)
    {
        var sources = ImmutableArray.CreateBuilder<Source>();
        sources.Add(new Source("domain", FileName(domainSource.Name), "GENIUS domain", null, domainSource.Name));
        var modelIssues = issues.Select(i => new Issue(
            i.Name,
            i.Name,
            Track,
            IssueKind.Discrete,
            [.. i.Options.Select((o, k) => new IssueOption(o, i.Labels[k], null))],
            null,
            [],
            null,
            i.Kind switch
            {
                GeniusIssueKind.Integer => $"GENIUS integer issue {i.Index}: every whole number from {i.Options[0]} to {i.Options[^1]}.",
                GeniusIssueKind.Real => $"GENIUS real issue {i.Index}: {i.Options.Length} evenly spaced values from {i.Options[0]} to {i.Options[^1]}.",
                _ => $"GENIUS discrete issue {i.Index}.",
            })).ToImmutableArray();

        var actors = ImmutableArray.CreateBuilder<Actor>();
        var positions = ImmutableArray.CreateBuilder<Position>();
        var usedIds = new HashSet<string>(StringComparer.Ordinal);
        for (int p = 0; p < profiles.Count; p++)
        {
            string sourceId = $"profile{p + 1}";
            sources.Add(new Source(sourceId, FileName(profiles[p].Name), "GENIUS utility space", null, profiles[p].Name));
            string name = AgentName(domainDoc, profiles[p].Name) ?? Path.GetFileNameWithoutExtension(FileName(profiles[p].Name));
            string id = name;
            for (int k = 2; !usedIds.Add(id); k++)
            {
                id = $"{name}-{k}";
            }

            actors.Add(new Actor(id, name, ActorRole.Party, null, [], $"Imported from the GENIUS profile {FileName(profiles[p].Name)}.", [sourceId]));
            var profile = read[p];
            var issuePositions = ImmutableArray.CreateBuilder<IssuePosition>();
            for (int i = 0; i < issues.Count; i++)
            {
                var values = profile.Values[i]!;
                int best = 0;
                for (int o = 1; o < values.Length; o++)
                {
                    best = values[o] > values[best] ? o : best;
                }

                issuePositions.Add(new IssuePosition(
                    issues[i].Name,
                    issues[i].Options[best],
                    null,
                    issues[i].Options,
                    null,
                    new Figure(profile.Weights[i]!.Value, Provenance.Stated, null, [sourceId], null),
                    [.. values],
                    Provenance.Stated,
                    null,
                    [sourceId]));
            }

            positions.Add(new Position(id, issuePositions.ToImmutable(), new Figure(profile.Reservation, Provenance.Stated, null, [sourceId], "GENIUS reservation value."), [sourceId])
            {
                DiscountFactor = profile.Discount,
                UtilityCeiling = 1,
            });
        }

        string stem = Path.GetFileNameWithoutExtension(FileName(domainSource.Name));
        return new Scenario(
            stem,
            $"GENIUS negotiation {stem}",
            $"Imported from GENIUS files: {string.Join(", ", new[] { domainSource }.Concat(profiles).Select(s => FileName(s.Name)).Distinct())}.",
            sources.ToImmutable(),
            actors.ToImmutable(),
            modelIssues,
            positions.ToImmutable(),
            [],
            [],
            []);
    }

    /// <summary>The name of the domain's <c>&lt;agent&gt;</c> whose <c>utility_space</c> is this profile's file, if any.</summary>
    private static string? AgentName(XDocument? domainDoc, string profileName)
    {
        if (domainDoc?.Root is null)
        {
            return null;
        }

        string file = FileName(profileName);
        foreach (var agent in domainDoc.Root.Elements().Where(e => GeniusXml.Is(e, "agent")))
        {
            string? space = GeniusXml.Attribute(agent, "utility_space")?.Value;
            string? name = GeniusXml.Attribute(agent, "name")?.Value;
            if (space is not null && !string.IsNullOrWhiteSpace(name) && string.Equals(FileName(space), file, StringComparison.OrdinalIgnoreCase))
            {
                return name.Trim();
            }
        }

        return null;
    }

    private static string FileName(string path) => Path.GetFileName(path.Replace('\\', '/'));

    private static SourceText? Load(string path, List<Diagnostic> diagnostics) => SourceText.Load(path, "PG0001", diagnostics);

    /// <summary>Diagnostics by file (domain first, then profiles in order), then by position.</summary>
    private static List<Diagnostic> Ordered(List<Diagnostic> diagnostics, SourceText domain, IReadOnlyList<SourceText> profiles)
    {
        var files = new List<string> { domain.Name };
        files.AddRange(profiles.Select(p => p.Name));
        return [.. diagnostics
            .OrderBy(d => files.IndexOf(d.Location.File))
            .ThenBy(d => d.Location.Line)
            .ThenBy(d => d.Location.Column)];
    }
}
