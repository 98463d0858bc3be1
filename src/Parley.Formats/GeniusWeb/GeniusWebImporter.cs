using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Parley.Core.Diagnostics;
using Parley.Core.Model;

namespace Parley.Formats.GeniusWeb;

/// <summary>
/// Imports a GeniusWeb negotiation (a domain JSON and one <c>LinearAdditiveUtilitySpace</c> profile JSON
/// per party) as a Parley <see cref="Scenario"/> (see <c>docs/importers.md</c>): every issue becomes a
/// discrete issue on one track (number value sets become their listed numbers), every profile a party
/// whose option values are its value utilities, whose weights are used as written, and whose walk-away
/// value is the utility of its <c>reservationBid</c> (the NegMAS convention the test vectors use).
/// </summary>
public static class GeniusWebImporter
{
    /// <summary>The track every imported issue belongs to.</summary>
    public const string Track = "negotiation";

    /// <summary>Number value sets with more values than this are refused.</summary>
    public const int MaxNumberValues = 100_000;

    private const string Profile = "LinearAdditiveUtilitySpace";

    private sealed record WebIssue(string Name, ImmutableArray<string> Options, ImmutableArray<decimal> Numbers);

    /// <summary>Reads the files and imports them; unreadable files become diagnostics (PW0001).</summary>
    /// <param name="domainPath">The domain file, or null to use the domain inside the first profile.</param>
    /// <param name="profilePaths">One profile per party, in order.</param>
    public static ParseResult<Scenario> Read(string? domainPath, IReadOnlyList<string> profilePaths)
    {
        ArgumentNullException.ThrowIfNull(profilePaths);
        var diagnostics = new List<Diagnostic>();
        SourceText? Load(string path) => SourceText.Load(path, "PW0001", diagnostics);

        var domain = domainPath is null ? null : Load(domainPath);
        var profiles = profilePaths.Select(Load).ToList();
        return diagnostics.Count > 0 ? ParseResult<Scenario>.Failure(diagnostics) : Parse(domain, [.. profiles.Select(p => p!)]);
    }

    /// <summary>Imports a domain and its profiles from their texts.</summary>
    /// <param name="domain">The domain file, or null to use the domain inside the first profile.</param>
    /// <param name="profiles">One profile per party, in order (at least one).</param>
    public static ParseResult<Scenario> Parse(SourceText? domain, IReadOnlyList<SourceText> profiles)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        var diagnostics = new List<Diagnostic>();
        if (profiles.Count == 0)
        {
            diagnostics.Add(Diagnostic.Error("PW0100", "No profile was given. Pass the domain file followed by one profile per party.", SourceLocation.OfFile(domain?.Name ?? "(none)")));
            return ParseResult<Scenario>.Failure(diagnostics);
        }

        var domainDoc = domain is null ? null : GeniusWebDocument.Load(domain, diagnostics);
        var profileDocs = profiles.Select(p => GeniusWebDocument.Load(p, diagnostics)).ToList();
        if (diagnostics.Count > 0)
        {
            return ParseResult<Scenario>.Failure(diagnostics);
        }

        // The domain: the domain file, or the "domain" object inside the first profile.
        GeniusWebDocument domainSource;
        JsonElement domainObject;
        string domainPath;
        if (domainDoc is not null)
        {
            (domainSource, domainObject, domainPath) = (domainDoc, domainDoc.Root, string.Empty);
        }
        else if (profileDocs[0]!.Property(profileDocs[0]!.Root, Profile, string.Empty, false, string.Empty) is { } space
            && profileDocs[0]!.Property(space, "domain", Profile, true, "Pass the domain file, or keep the domain inside the profile.") is { } inner)
        {
            (domainSource, domainObject, domainPath) = (profileDocs[0]!, inner, $"{Profile}.domain");
        }
        else
        {
            profileDocs[0]!.Error("PW0102", $"No domain: the first profile has no \"{Profile}.domain\". Pass the domain file first.", string.Empty);
            return ParseResult<Scenario>.Failure(diagnostics);
        }

        var issues = ReadDomain(domainSource, domainObject, domainPath);
        if (diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            return ParseResult<Scenario>.Failure(diagnostics);
        }

        var parties = new List<(string Name, double[][] Values, double[] Weights, double Reservation, string Note)?>();
        for (int p = 0; p < profiles.Count; p++)
        {
            parties.Add(ReadProfile(profileDocs[p]!, issues, domainSource == profileDocs[p] ? null : domainObject));
        }

        if (diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            return ParseResult<Scenario>.Failure(diagnostics);
        }

        var sources = ImmutableArray.CreateBuilder<Source>();
        string domainName = domain?.Name ?? profiles[0].Name;
        sources.Add(new Source("domain", Path.GetFileName(domainName), "GeniusWeb domain", null, domainName));
        var modelIssues = issues.Select(i => new Issue(i.Name, i.Name, Track, IssueKind.Discrete, [.. i.Options.Select(o => new IssueOption(o, o, null))], null, [], null, null)).ToImmutableArray();
        var actors = ImmutableArray.CreateBuilder<Actor>();
        var positions = ImmutableArray.CreateBuilder<Position>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        for (int p = 0; p < profiles.Count; p++)
        {
            var party = parties[p]!.Value;
            string sourceId = $"profile{p + 1}";
            sources.Add(new Source(sourceId, Path.GetFileName(profiles[p].Name), "GeniusWeb profile", null, profiles[p].Name));
            string name = string.IsNullOrWhiteSpace(party.Name) ? Path.GetFileNameWithoutExtension(profiles[p].Name) : party.Name;
            string id = name;
            for (int k = 2; !used.Add(id); k++)
            {
                id = $"{name}-{k}";
            }

            actors.Add(new Actor(id, name, ActorRole.Party, null, [], $"Imported from the GeniusWeb profile {Path.GetFileName(profiles[p].Name)}.", [sourceId]));
            var ips = ImmutableArray.CreateBuilder<IssuePosition>();
            for (int i = 0; i < issues.Count; i++)
            {
                var values = party.Values[i];
                int best = 0;
                for (int o = 1; o < values.Length; o++)
                {
                    best = values[o] > values[best] ? o : best;
                }

                ips.Add(new IssuePosition(issues[i].Name, issues[i].Options[best], null, issues[i].Options, null, new Figure(party.Weights[i], Provenance.Stated, null, [sourceId], null), [.. values], Provenance.Stated, null, [sourceId]));
            }

            // Weights as written (the ceiling of 1 never binds when they sum to 1, as GeniusWeb requires).
            positions.Add(new Position(id, ips.ToImmutable(), new Figure(party.Reservation, Provenance.Stated, null, [sourceId], party.Note), [sourceId]) { UtilityCeiling = 1 });
        }

        string stem = Path.GetFileNameWithoutExtension(domainName);
        var scenario = new Scenario(stem, $"GeniusWeb negotiation {stem}", $"Imported from GeniusWeb files: {string.Join(", ", sources.Select(s => s.Title).Distinct())}.", sources.ToImmutable(), actors.ToImmutable(), modelIssues, positions.ToImmutable(), [], [], []);
        var files = new List<string> { domainName };
        files.AddRange(profiles.Select(p => p.Name));
        return ParseResult<Scenario>.Success(scenario, diagnostics.OrderBy(d => files.IndexOf(d.Location.File)).ThenBy(d => d.Location.Line).ThenBy(d => d.Location.Column));
    }

    private static List<WebIssue> ReadDomain(GeniusWebDocument doc, JsonElement domain, string basePath)
    {
        var issues = new List<WebIssue>();
        string at = Join(basePath, "issuesValues");
        if (doc.Property(domain, "issuesValues", basePath, true, "A GeniusWeb domain lists its issues under \"issuesValues\".") is not { } all)
        {
            return issues;
        }

        if (all.ValueKind != JsonValueKind.Object || !all.EnumerateObject().Any())
        {
            doc.Error("PW0103", "\"issuesValues\" must be an object with one entry per issue.", at);
            return issues;
        }

        foreach (var issue in all.EnumerateObject())
        {
            string path = Join(at, issue.Name);
            if (issue.Value.ValueKind == JsonValueKind.Object && issue.Value.TryGetProperty("values", out var values) && values.ValueKind == JsonValueKind.Array)
            {
                var options = new List<string>();
                int k = 0;
                foreach (var v in values.EnumerateArray())
                {
                    string text = v.ValueKind == JsonValueKind.String ? v.GetString()! : v.GetRawText();
                    if (options.Contains(text))
                    {
                        doc.Error("PW0103", $"Issue '{issue.Name}' lists value \"{text}\" twice. Keep each value once.", $"{path}.values[{k}]");
                    }
                    else
                    {
                        options.Add(text);
                    }

                    k++;
                }

                if (options.Count == 0)
                {
                    doc.Error("PW0103", $"Issue '{issue.Name}' has no values. List at least one.", path);
                    continue;
                }

                issues.Add(new WebIssue(issue.Name, [.. options], []));
            }
            else if (issue.Value.ValueKind == JsonValueKind.Object && issue.Value.TryGetProperty("range", out var range) && range.ValueKind == JsonValueKind.Array && range.GetArrayLength() == 3)
            {
                var bounds = range.EnumerateArray().Select((b, i) => b.ValueKind == JsonValueKind.Number && b.TryGetDecimal(out decimal d) ? d : (decimal?)null).ToList();
                if (bounds.Any(b => b is null) || bounds[2] <= 0 || bounds[0] > bounds[1] || (bounds[1] - bounds[0]) / bounds[2] >= MaxNumberValues)
                {
                    doc.Error("PW0103", $"Issue '{issue.Name}': \"range\" must be [min, max, step] with numbers, min <= max, step > 0 and at most {MaxNumberValues} values.", Join(path, "range"));
                    continue;
                }

                var numbers = new List<decimal>();
                for (decimal x = bounds[0]!.Value; x <= bounds[1]!.Value; x += bounds[2]!.Value)
                {
                    numbers.Add(x);
                }

                issues.Add(new WebIssue(issue.Name, [.. numbers.Select(n => n.ToString(CultureInfo.InvariantCulture))], [.. numbers]));
            }
            else
            {
                doc.Error("PW0103", $"Issue '{issue.Name}' needs {{\"values\": [...]}} or {{\"range\": [min, max, step]}}.", path);
            }
        }

        return issues;
    }

    private static (string Name, double[][] Values, double[] Weights, double Reservation, string Note)? ReadProfile(GeniusWebDocument doc, List<WebIssue> issues, JsonElement? separateDomain)
    {
        if (doc.Root.ValueKind != JsonValueKind.Object || !doc.Root.TryGetProperty(Profile, out var space))
        {
            string found = doc.Root.ValueKind == JsonValueKind.Object ? string.Join(", ", doc.Root.EnumerateObject().Select(p => p.Name)) : doc.Root.ValueKind.ToString();
            doc.Error("PW0110", $"The profile is not a {Profile} (found: {found}). Parley imports linear additive GeniusWeb profiles; pass the domain file first, then the profiles.", string.Empty);
            return null;
        }

        var index = issues.Select((i, k) => (i.Name, k)).ToDictionary(x => x.Name, x => x.k, StringComparer.Ordinal);
        string names = string.Join(", ", issues.Select(i => i.Name));
        if (separateDomain is { } sd && space.TryGetProperty("domain", out var own) && own.TryGetProperty("name", out var ownName) && sd.TryGetProperty("name", out var domainName) && ownName.GetRawText() != domainName.GetRawText())
        {
            doc.Warning("PW0108", $"The profile is for domain {ownName.GetRawText()}, but the domain file is {domainName.GetRawText()}. Check that the files belong together.", $"{Profile}.domain.name");
        }

        var values = new double[issues.Count][];
        var present = new bool[issues.Count];
        var utilitiesElement = doc.Property(space, "issueUtilities", Profile, true, "List each issue's value utilities under \"issueUtilities\".");
        if (utilitiesElement is { } utilities)
        {
            foreach (var issue in utilities.EnumerateObject())
            {
                string path = $"{Profile}.issueUtilities.{issue.Name}";
                if (!index.TryGetValue(issue.Name, out int i))
                {
                    doc.Error("PW0105", $"Issue '{issue.Name}' is not in the domain (its issues are: {names}). Use the domain's issue names, or pass the matching domain file.", path);
                    continue;
                }

                present[i] = true;
                values[i] = ReadUtilities(doc, issues[i], issue.Value, path)!;
            }
        }

        for (int i = 0; i < issues.Count; i++)
        {
            if (!present[i] && utilitiesElement is not null)
            {
                doc.Error("PW0107", $"The profile gives no utilities for issue '{issues[i].Name}'. Add it under \"issueUtilities\".", $"{Profile}.issueUtilities");
            }
        }

        var weights = new double?[issues.Count];
        if (doc.Property(space, "issueWeights", Profile, true, "Give one weight per issue under \"issueWeights\".") is { } w)
        {
            foreach (var issue in w.EnumerateObject())
            {
                string path = $"{Profile}.issueWeights.{issue.Name}";
                if (!index.TryGetValue(issue.Name, out int i))
                {
                    doc.Error("PW0105", $"Weight for issue '{issue.Name}', which is not in the domain (its issues are: {names}). Weights must match the domain's issues one to one.", path);
                }
                else if (doc.Number(issue.Value, path, $"The weight of issue '{issue.Name}'") is { } x)
                {
                    if (x < 0 || x > 1)
                    {
                        doc.Error("PW0106", $"The weight of issue '{issue.Name}' is {x}; weights must lie within [0, 1].", path);
                    }
                    else
                    {
                        weights[i] = x;
                    }
                }
            }

            for (int i = 0; i < issues.Count; i++)
            {
                if (!w.TryGetProperty(issues[i].Name, out _))
                {
                    doc.Error("PW0106", $"Issue '{issues[i].Name}' has no weight. Weights must match the domain's issues one to one.", $"{Profile}.issueWeights");
                }
            }

            double sum = weights.Sum(x => x ?? 0);
            if (weights.All(x => x is not null) && Math.Abs(sum - 1) > 1e-6)
            {
                doc.Warning("PW0118", $"The weights sum to {sum.ToString("0.#########", CultureInfo.InvariantCulture)}, not 1 as GeniusWeb requires. They are used as written and the utility is capped at 1.", $"{Profile}.issueWeights");
            }
        }

        if (values.Any(v => v is null) || weights.Any(x => x is null))
        {
            return null;
        }

        // Walk-away: the utility of the reservation bid (issues it leaves open contribute nothing).
        double reservation = 0;
        string note = "No reservation bid: walk-away value 0.";
        if (space.TryGetProperty("reservationBid", out var bid) && bid.ValueKind == JsonValueKind.Object)
        {
            var chosen = new List<string>();
            if (doc.Property(bid, "issuevalues", $"{Profile}.reservationBid", true, "A bid lists its values under \"issuevalues\".") is { } bidValues)
            {
                foreach (var iv in bidValues.EnumerateObject())
                {
                    string path = $"{Profile}.reservationBid.issuevalues.{iv.Name}";
                    if (!index.TryGetValue(iv.Name, out int i))
                    {
                        doc.Error("PW0105", $"The reservation bid names issue '{iv.Name}', which is not in the domain (its issues are: {names}).", path);
                        continue;
                    }

                    int o = OptionOf(issues[i], iv.Value);
                    if (o < 0)
                    {
                        doc.Error("PW0116", $"The reservation bid gives issue '{iv.Name}' the value {iv.Value.GetRawText()}, which is not one of its values ({string.Join(", ", issues[i].Options)}).", path);
                        continue;
                    }

                    reservation += weights[i]!.Value * values[i][o];
                    chosen.Add($"{iv.Name}: {issues[i].Options[o]}");
                }
            }

            reservation = Math.Min(reservation, 1);
            note = $"Utility of the GeniusWeb reservation bid {{{string.Join(", ", chosen)}}}.";
        }

        string name = space.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()! : string.Empty;
        return (name, values, [.. weights.Select(x => x!.Value)], reservation, note);
    }

    private static double[]? ReadUtilities(GeniusWebDocument doc, WebIssue issue, JsonElement utilities, string path)
    {
        if (utilities.ValueKind == JsonValueKind.Object && utilities.TryGetProperty("discreteutils", out var discrete))
        {
            string at = $"{path}.discreteutils.valueUtilities";
            if (doc.Property(discrete, "valueUtilities", $"{path}.discreteutils", true, "List each value's utility under \"valueUtilities\".") is not { } vu)
            {
                return null;
            }

            var result = new double[issue.Options.Length];
            var given = new bool[issue.Options.Length];
            bool broken = false;
            foreach (var v in vu.EnumerateObject())
            {
                int o = issue.Options.IndexOf(v.Name);
                if (o < 0)
                {
                    doc.Error("PW0116", $"Issue '{issue.Name}' has no value \"{v.Name}\" in the domain (values: {string.Join(", ", issue.Options)}).", $"{at}.{v.Name}");
                    broken = true;
                    continue;
                }

                if (doc.Number(v.Value, $"{at}.{v.Name}", $"The utility of \"{v.Name}\" on issue '{issue.Name}'") is not { } u)
                {
                    broken = true;
                    continue;
                }

                if (u < 0 || u > 1)
                {
                    doc.Error("PW0113", $"The utility of \"{v.Name}\" on issue '{issue.Name}' is {u}; value utilities must lie within [0, 1].", $"{at}.{v.Name}");
                    broken = true;
                    continue;
                }

                result[o] = u;
                given[o] = true;
            }

            for (int o = 0; o < given.Length && !broken; o++)
            {
                if (!given[o])
                {
                    doc.Error("PW0107", $"Issue '{issue.Name}' has no utility for value \"{issue.Options[o]}\". Add \"{issue.Options[o]}\": <utility> to \"valueUtilities\".", at);
                    broken = true;
                }
            }

            return broken ? null : result;
        }

        if (utilities.ValueKind == JsonValueKind.Object && utilities.TryGetProperty("numberutils", out var number))
        {
            string at = $"{path}.numberutils";
            double? Field(string name) =>
                doc.Property(number, name, at, true, "numberutils needs lowValue, lowUtility, highValue and highUtility.") is { } f ? doc.Number(f, $"{at}.{name}", $"\"{name}\" of issue '{issue.Name}'") : null;
            double? lowValue = Field("lowValue"), lowUtility = Field("lowUtility"), highValue = Field("highValue"), highUtility = Field("highUtility");
            if (lowValue is not { } lv || lowUtility is not { } lu || highValue is not { } hv || highUtility is not { } hu)
            {
                return null;
            }

            if (issue.Numbers.IsEmpty)
            {
                doc.Error("PW0107", $"Issue '{issue.Name}' has discrete values in the domain; give \"discreteutils\" for it, not \"numberutils\".", at);
                return null;
            }

            // Linear between (lowValue, lowUtility) and (highValue, highUtility); 0 outside [lowValue, highValue].
            return [.. issue.Numbers.Select(x =>
            {
                double v = (double)x;
                if (v < lv || v > hv)
                {
                    return 0;
                }

                return hv > lv ? Math.Clamp(lu + ((hu - lu) * (v - lv) / (hv - lv)), 0, 1) : Math.Clamp(lu, 0, 1);
            })];
        }

        doc.Error("PW0107", $"Issue '{issue.Name}' needs \"discreteutils\" or \"numberutils\".", path);
        return null;
    }

    private static int OptionOf(WebIssue issue, JsonElement value)
    {
        if (!issue.Numbers.IsEmpty && value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out decimal d))
        {
            return issue.Numbers.IndexOf(d);
        }

        return value.ValueKind == JsonValueKind.String ? issue.Options.IndexOf(value.GetString()!) : -1;
    }

    private static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";
}
