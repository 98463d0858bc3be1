using System.Collections.Immutable;
using System.Globalization;
using System.Numerics;
using System.Text.Json.Nodes;
using Parley.Core.Agreement;

namespace Parley.Formats.Json;

/// <summary>
/// The JSON output of <c>parley agree</c> (documented in <c>docs/json-output.md</c>, section <c>agree</c>).
/// The top level is the whole-scenario result (<c>outcomes</c>, <c>agreementSpace</c>, <c>paretoFrontier</c>,
/// <c>solutions</c>, <c>blockingSets</c> …) plus <c>tracks</c> (one result of the same shape per track),
/// <c>selection</c> and <c>proposals</c>. Packages are objects from issue id to option; utilities are
/// objects from actor id to number. Counts that may exceed 2^53 are written as plain JSON integers.
/// </summary>
public static class AgreementJson
{
    /// <summary>The report as a JSON tree.</summary>
    public static JsonObject From(AgreementReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var root = new JsonObject
        {
            ["scenario"] = report.ScenarioId,
            ["title"] = report.Title,
            ["levers"] = Strings(report.Levers),
        };

        // Move the whole-scenario result's properties up rather than copy them: a frontier can be large.
        var whole = Result(report.Whole);
        foreach (string key in whole.Select(p => p.Key).ToList())
        {
            var value = whole[key];
            whole.Remove(key);
            root[key] = value;
        }

        root["tracks"] = new JsonArray([.. report.PerTrack.Select(r => (JsonNode)Result(r))]);
        root["selection"] = report.Selection is null ? null : Result(report.Selection);
        root["proposals"] = new JsonArray([.. report.Proposals.Select(p => (JsonNode)Proposal(p))]);
        return root;
    }

    /// <summary>The report as indented JSON text.</summary>
    public static string Serialize(AgreementReport report) => From(report).ToJsonString(JsonOutput.Options);

    /// <summary>One result (a track, a set of tracks, or the whole scenario) as a JSON object.</summary>
    public static JsonObject Result(AgreementResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var space = new JsonObject
        {
            ["empty"] = result.Space.IsEmpty,
            ["size"] = Integer(result.Space.Size.Lower),
            ["sizeIsExact"] = result.Space.Size.IsExact,
        };
        if (!result.Space.Size.IsExact)
        {
            space["sizeUpperBound"] = Integer(result.Space.Size.Upper);
        }

        space["example"] = result.Space.Example is null ? null : Package(result.Space.Example);

        var obj = new JsonObject
        {
            ["trackIds"] = Strings(result.Tracks),
            ["issues"] = Strings(result.IssueIds),
            ["actors"] = Strings(result.ActorIds),
            ["outcomes"] = Integer(result.Outcomes),
            ["verdict"] = Camel(result.Verdict.ToString()),
            ["explanation"] = result.Explanation,
            ["agreementSpace"] = space,
            ["commonGround"] = new JsonArray([.. result.CommonGround.Select(g => (JsonNode)new JsonObject
            {
                ["issue"] = g.IssueId,
                ["consentingActors"] = Strings(g.ConsentingActors),
                ["options"] = Strings(g.Options),
                ["minimalRelaxations"] = new JsonArray([.. g.MinimalRelaxations.Select(r => (JsonNode)Strings(r))]),
                ["reason"] = g.Reason,
            })]),
            ["blockingSets"] = new JsonArray([.. (result.Blocking?.Sets ?? []).Select(s => (JsonNode)BlockingSet(s))]),
            ["blockingSetsComplete"] = result.Blocking?.IsComplete ?? true,
            ["blockingSetsTotal"] = result.Blocking?.TotalCount,
            ["blockingSetsNote"] = result.Blocking?.Note,
            ["paretoFrontier"] = new JsonArray([.. (result.Frontier?.RationalPoints ?? []).Select(p => (JsonNode)Point(result, p))]),
            ["solutions"] = result.Solutions is null ? null : new JsonObject
            {
                ["nash"] = Solution(result, result.Solutions.Nash),
                ["kalaiSmorodinsky"] = Solution(result, result.Solutions.KalaiSmorodinsky),
                ["egalitarian"] = Solution(result, result.Solutions.Egalitarian),
                ["utilitarian"] = Solution(result, result.Solutions.Utilitarian),
                ["nashGenius"] = result.Solutions.GeniusNash is { } gn ? Solution(result, gn) : null,
                ["kalaiSmorodinskyGenius"] = result.Solutions.GeniusKalaiSmorodinsky is { } gks ? Solution(result, gks) : null,
                ["kalaiSmorodinskyNegmas"] = result.Solutions.NegmasKalaiSmorodinsky is { } nks ? Solution(result, nks) : null,
            },
            ["solutionReasons"] = result.Solutions is null ? null : Reasons(result.Solutions),
            ["notes"] = Strings(result.Notes),
        };
        return obj;
    }

    private static JsonObject BlockingSet(BlockingSet set) => new()
    {
        ["size"] = set.Size,
        ["demands"] = new JsonArray([.. set.Demands.Select(d => (JsonNode)new JsonObject
        {
            ["kind"] = Camel(d.Kind.ToString()),
            ["actor"] = d.ActorId,
            ["issue"] = d.IssueId,
            ["acceptable"] = d.Kind == DemandKind.RedLine ? Strings(d.Acceptable) : null,
            ["walkAway"] = d.WalkAway,
            ["sources"] = Strings(d.Sources),
            ["description"] = d.Describe(),
        })]),
        ["opens"] = Package(set.Opens),
    };

    private static JsonObject Proposal(ProposalAssessment p) => new()
    {
        ["id"] = p.ProposalId,
        ["name"] = p.Name,
        ["proposedBy"] = p.ProposedBy,
        ["package"] = p.Package is null ? null : Package(p.Package),
        ["acceptedByAll"] = p.AcceptedByAll,
        ["responses"] = new JsonArray([.. p.Responses.Select(r => (JsonNode)new JsonObject
        {
            ["actor"] = r.ActorId,
            ["utility"] = r.Utility,
            ["walkAway"] = r.WalkAway,
            ["accepts"] = r.Accepts,
            ["breaches"] = new JsonArray([.. r.Breaches.Select(b => (JsonNode)new JsonObject
            {
                ["issue"] = b.IssueId,
                ["option"] = b.OptionId,
                ["acceptable"] = Strings(b.Acceptable),
                ["sources"] = Strings(b.Sources),
            })]),
            ["shortfall"] = r.Shortfall,
            ["reason"] = r.Reason,
        })]),
        ["nearest"] = p.Nearest is null ? null : new JsonObject
        {
            ["package"] = Package(p.Nearest.Package),
            ["changedIssues"] = Strings(p.Nearest.ChangedIssues),
            ["provenNearest"] = p.Nearest.IsProvenNearest,
        },
        ["notes"] = Strings(p.Notes),
    };

    private static JsonArray Solution(AgreementResult result, BargainingSolution solution)
    {
        var list = new JsonArray();
        foreach (var point in solution.Points)
        {
            foreach (var package in point.Packages)
            {
                list.Add(new JsonObject
                {
                    ["package"] = Choices(result, package),
                    ["utilities"] = Utilities(result.ActorIds, point.Utilities),
                    ["tiedPackages"] = Integer(point.PackageCount),
                });
            }
        }

        return list;
    }

    // Why a solution has no point (text shows the reason in its row); only solutions without one are listed.
    private static JsonObject? Reasons(AgreementSolutions solutions)
    {
        var obj = new JsonObject();
        foreach (var (name, solution) in new (string, BargainingSolution?)[]
        {
            ("nash", solutions.Nash), ("kalaiSmorodinsky", solutions.KalaiSmorodinsky), ("egalitarian", solutions.Egalitarian), ("utilitarian", solutions.Utilitarian),
            ("nashGenius", solutions.GeniusNash), ("kalaiSmorodinskyGenius", solutions.GeniusKalaiSmorodinsky), ("kalaiSmorodinskyNegmas", solutions.NegmasKalaiSmorodinsky),
        })
        {
            if (solution is { Exists: false })
            {
                obj[name] = solution.Reason ?? "none";
            }
        }

        return obj.Count == 0 ? null : obj;
    }

    private static JsonObject Point(AgreementResult result, FrontierPoint point) => new()
    {
        ["utilities"] = Utilities(result.ActorIds, point.Utilities),
        ["packages"] = new JsonArray([.. point.Packages.Select(p => (JsonNode)Choices(result, p))]),
        ["packageCount"] = Integer(point.PackageCount),
    };

    private static JsonObject Package(ScoredPackage package) => new()
    {
        ["options"] = Pairs(package.IssueIds, package.OptionIds),
        ["utilities"] = Utilities(package.ActorIds, package.Utilities),
    };

    private static JsonObject Choices(AgreementResult result, ImmutableArray<int> package)
    {
        var obj = new JsonObject();
        for (int i = 0; i < result.IssueIds.Length; i++)
        {
            obj[result.IssueIds[i]] = result.OptionIds[i][package[i]];
        }

        return obj;
    }

    private static JsonObject Pairs(ImmutableArray<string> keys, ImmutableArray<string> values)
    {
        var obj = new JsonObject();
        for (int i = 0; i < keys.Length; i++)
        {
            obj[keys[i]] = values[i];
        }

        return obj;
    }

    private static JsonObject Utilities(ImmutableArray<string> actors, ImmutableArray<double> utilities)
    {
        var obj = new JsonObject();
        for (int a = 0; a < actors.Length; a++)
        {
            obj[actors[a]] = utilities[a];
        }

        return obj;
    }

    private static JsonArray Strings(ImmutableArray<string> items) =>
        new([.. (items.IsDefault ? [] : items).Select(s => (JsonNode?)JsonValue.Create(s))]);

    private static JsonNode Integer(BigInteger value) => JsonNode.Parse(value.ToString(CultureInfo.InvariantCulture))!;

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
