using System.Collections.Immutable;
using Parley.Core.Claims;
using Parley.Core.Diagnostics;
using Parley.Core.Model;
using Parley.Formats.Text;

namespace Parley.Formats.Yaml;

/// <summary>Reads the top-level <c>claims</c> list.</summary>
internal static class ClaimSection
{
    public static ImmutableArray<Claim> Read(YamlReadContext ctx, YamlMapping root, KnownIds known)
    {
        var result = ImmutableArray.CreateBuilder<Claim>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var items = ctx.List(root, "claims", string.Empty, "claims");
        for (int i = 0; i < items.Count; i++)
        {
            string path = $"claims[{i}]";
            var map = ctx.Mapping(items[i], path, "a claim", ScenarioKeys.Claim);
            if (map is null)
            {
                continue;
            }

            var id = IdRegistry.ReadId(ctx, map, path, "claim", seen);
            var statement = ctx.RequiredText(map, "statement", path, "a claim");
            var test = ctx.OptionalText(map, "test", path);
            if (test is not null && map["test"] is YamlScalar testNode)
            {
                CheckTest(ctx, test, testNode, $"{path}.test", known);
            }

            var at = ctx.OptionalNumber(map, "at", path, 0, double.MaxValue);
            bool ok = map["at"] is null or YamlScalar { IsNull: true } || at is not null;
            var with = ImmutableArray.CreateBuilder<string>();
            var ids = ctx.Ids(map, "with", path);
            for (int k = 0; k < ids.Length; k++)
            {
                var (lid, node) = ids[k];
                if (ctx.CheckReference(lid, node, $"{path}.with[{k}]", "lever", known.Levers))
                {
                    with.Add(lid);
                }
                else
                {
                    ok = false;
                }
            }

            var sources = SourceReferences.Read(ctx, map, path, known);
            if (id is not null && statement is not null && ok)
            {
                result.Add(new Claim(id, statement, test, with.ToImmutable(), at, sources));
            }
        }

        return result.ToImmutable();
    }

    /// <summary>
    /// Parses a claim's test and reports each problem where it is inside the test text, so a caret can
    /// sit under the bad token; then checks the ids the test names (tracks, issues, actors).
    /// </summary>
    private static void CheckTest(YamlReadContext ctx, string test, YamlScalar node, string path, KnownIds known)
    {
        var parsed = ClaimTest.Parse(test);
        foreach (var error in parsed.Errors)
        {
            Report(ctx, ScenarioDiagnosticCodes.ClaimTest, $"In the claim's test: {error.Message}", node, error.Offset, path);
        }

        if (parsed.Expression is null)
        {
            return;
        }

        var issues = known.Issues.Values;
        bool tracksKnown = issues.All(i => i is not null);
        var tracks = new HashSet<string>(issues.Where(i => i is not null).Select(i => i!.Track), StringComparer.Ordinal);
        foreach (var query in parsed.Expression.Queries())
        {
            foreach (var arg in query.Arguments.Concat(query.PropertyArguments))
            {
                string kind = arg.Name == "without" ? "actor" : arg.Name;
                IReadOnlyCollection<string>? ids = arg.Name switch
                {
                    "track" when tracksKnown => tracks,
                    "issue" => known.Issues.Keys,
                    "actor" or "without" => known.Actors,
                    _ => null,
                };
                if (ids is not null && !ids.Contains(arg.Value))
                {
                    string list = ids.Count == 0 ? $"The file defines no {kind}s." : $"Known {kind}s: {string.Join(", ", ids.Take(20))}{(ids.Count > 20 ? ", …" : string.Empty)}.";
                    Report(ctx, ScenarioDiagnosticCodes.UnknownReference, $"Unknown {kind} '{Echo.Of(arg.Value)}' in the claim's test.{NearestName.Hint(arg.Value, ids)} {list}", node, arg.ValueOffset, path);
                }
            }
        }
    }

    private static void Report(YamlReadContext ctx, string code, string message, YamlScalar node, int offset, string path)
    {
        var (line, column) = ScalarPosition.Of(ctx.Source, node, offset);
        ctx.Diagnostics.Add(Diagnostic.Error(code, message, new SourceLocation(ctx.File, line, column, path)));
    }
}
