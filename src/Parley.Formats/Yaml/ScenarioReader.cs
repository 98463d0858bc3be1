using System.Collections.Immutable;
using System.Text;
using Parley.Core.Diagnostics;
using Parley.Core.Variants;
using Parley.Core.Model;

namespace Parley.Formats.Yaml;

/// <summary>
/// Reads a Parley scenario file (YAML, see <c>docs/scenario-format.md</c>) into a <see cref="Scenario"/>,
/// or reports every problem found in one pass as diagnostics with file, line and column. Never throws for
/// bad input.
/// </summary>
public static class ScenarioReader
{
    /// <summary>The format version this reader understands (the optional top-level <c>parley</c> key).</summary>
    public const int FormatVersion = 1;

    /// <summary>Reads the scenario file at <paramref name="path"/>.</summary>
    /// <param name="path">The file; diagnostics name it as given.</param>
    public static ParseResult<Scenario> ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            var info = new FileInfo(path);
            if (Directory.Exists(path))
            {
                return Fail(path, ScenarioDiagnosticCodes.Unreadable, $"'{path}' is a folder, not a scenario file. Name a .yaml file.");
            }

            if (!info.Exists)
            {
                return Fail(path, ScenarioDiagnosticCodes.Unreadable, $"No file '{path}' was found. Check the path; scenarios bundled with Parley are in the 'scenarios' folder.");
            }

            if (info.Length > YamlLimits.MaxFileBytes)
            {
                return Fail(path, ScenarioDiagnosticCodes.TooLarge, $"The file is {info.Length / (1024.0 * 1024.0):0.0} MB; Parley reads scenario files of up to {YamlLimits.MaxFileBytes / (1024 * 1024)} MB. Split it or remove unneeded parts.");
            }

            return Read(File.ReadAllBytes(path), path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return Fail(path, ScenarioDiagnosticCodes.Unreadable, $"The file could not be read: {ex.Message} Check that it exists and that you may read it.");
        }
    }

    /// <summary>Reads a scenario from raw bytes (UTF-8), naming <paramref name="file"/> in diagnostics.</summary>
    public static ParseResult<Scenario> Read(byte[] bytes, string file)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(file);
        if (bytes.LongLength > YamlLimits.MaxFileBytes)
        {
            return Fail(file, ScenarioDiagnosticCodes.TooLarge, $"The input is {bytes.LongLength / (1024.0 * 1024.0):0.0} MB; Parley reads scenarios of up to {YamlLimits.MaxFileBytes / (1024 * 1024)} MB.");
        }

        string text;
        try
        {
            text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Fail(file, ScenarioDiagnosticCodes.NotYaml, "The file is not UTF-8 text (it may be a binary or a differently encoded file). Save it as UTF-8 YAML.");
        }

        if (text.Contains('\0', StringComparison.Ordinal))
        {
            return Fail(file, ScenarioDiagnosticCodes.NotYaml, "The file contains NUL bytes, so it is not a text file. Name the scenario's .yaml file.");
        }

        return Read(text.TrimStart('\uFEFF'), file);
    }

    /// <summary>Reads a scenario from YAML text, naming <paramref name="file"/> in diagnostics.</summary>
    public static ParseResult<Scenario> Read(string text, string file)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(file);
        var ctx = new YamlReadContext(file) { Source = text };
        try
        {
            var scenario = ReadDocument(ctx, text);
            var ordered = ctx.Diagnostics.OrderBy(d => d.Location.Line).ThenBy(d => d.Location.Column).ToList();
            return scenario is not null && !ctx.HasErrors
                ? ParseResult<Scenario>.Success(scenario, ordered)
                : ParseResult<Scenario>.Failure(ordered.Count > 0 ? ordered : [Diagnostic.Error(ScenarioDiagnosticCodes.Internal, "The scenario could not be built, but no reason was recorded. Please report this as a bug in Parley, with the file.", SourceLocation.OfFile(file))]);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A defect in Parley must still not show a user a stack trace.
            ctx.Diagnostics.Add(Diagnostic.Error(ScenarioDiagnosticCodes.Internal, $"Parley failed while reading this file ({ex.GetType().Name}: {ex.Message}). This is a bug in Parley; please report it with the file.", SourceLocation.OfFile(file)));
            return ParseResult<Scenario>.Failure(ctx.Diagnostics);
        }
    }

    private static Scenario? ReadDocument(YamlReadContext ctx, string text)
    {
        var root = YamlDocumentLoader.Load(text, ctx.File, ctx.Diagnostics);
        if (root is null)
        {
            if (!ctx.HasErrors)
            {
                ctx.Diagnostics.Add(Diagnostic.Error(ScenarioDiagnosticCodes.Empty, "The file is empty (or holds only comments). A scenario needs at least a title, actors and issues; see docs/scenario-format.md.", SourceLocation.OfFile(ctx.File)));
            }

            return null;
        }

        if (root is YamlScalar { IsNull: true })
        {
            ctx.Error(ScenarioDiagnosticCodes.Empty, "The file holds no content. A scenario needs at least a title, actors and issues; see docs/scenario-format.md.", root, string.Empty);
            return null;
        }

        var map = ctx.Mapping(root, string.Empty, "the scenario", ScenarioKeys.Root);
        if (map is null)
        {
            return null;
        }

        if (map["parley"] is { } versionNode && ctx.Number(versionNode, "parley", "parley", FormatVersion, FormatVersion) is null)
        {
            return null;
        }

        var id = ctx.OptionalText(map, "id", string.Empty) ?? Path.GetFileNameWithoutExtension(ctx.File);
        var title = ctx.RequiredText(map, "title", string.Empty, "the scenario");
        var description = ctx.OptionalText(map, "description", string.Empty);
        if (map["actors"] is null)
        {
            ctx.Error(ScenarioDiagnosticCodes.MissingKey, "The scenario needs 'actors': the list of who is at or around the table.", map, string.Empty);
        }

        if (map["issues"] is null)
        {
            ctx.Error(ScenarioDiagnosticCodes.MissingKey, "The scenario needs 'issues': the list of questions to settle.", map, string.Empty);
        }

        if (!WithinLimits(ctx, map))
        {
            return null;
        }

        var known = new KnownIds();
        var sources = SourceSection.Read(ctx, map, known);
        var actors = ActorSection.Read(ctx, map, known);
        var issues = IssueSection.Read(ctx, map, known);
        var positions = PositionSection.Read(ctx, map, known);
        var proposals = ProposalSection.Read(ctx, map, known);
        var leverNodes = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        var levers = LeverSection.Read(ctx, map, known, leverNodes);
        var claims = ClaimSection.Read(ctx, map, known);
        var dynamics = DynamicsSection.Read(ctx, map, known, positions);
        var conflict = ConflictSection.Read(ctx, map, known);
        var endStates = EndStateSection.Read(ctx, map, known, conflict, issues);

        if (ctx.HasErrors || title is null)
        {
            return null;
        }

        var scenario = new Scenario(id, title, description, sources, actors, issues, positions, proposals, levers, claims, dynamics, conflict, endStates);
        CheckLevers(ctx, scenario, leverNodes);
        DynamicsSection.CheckLevers(ctx, scenario, leverNodes);
        return scenario;
    }

    // A lever must yield a valid scenario on its own, one every lens can analyse; report the effect that
    // cannot apply (or the conflict it would leave without a feasible state) where the lever is.
    private static void CheckLevers(YamlReadContext ctx, Scenario scenario, Dictionary<string, YamlNode> nodes)
    {
        foreach (var lever in scenario.Levers)
        {
            var derivation = ScenarioVariant.Derive(scenario, new VariantKey([lever.Id]));
            if (!derivation.IsDerived)
            {
                ctx.Error(ScenarioDiagnosticCodes.LeverNotApplicable, $"{derivation.Failure} Change the effect so the result stays valid.", nodes[lever.Id], $"levers.{lever.Id}");
            }
        }
    }

    // Sizes are checked on the document, before any section is read or any lens can start.
    private static bool WithinLimits(YamlReadContext ctx, YamlMapping map)
    {
        bool ok = true;
        void Check(YamlNode? node, int limit, string what, string path, string advice)
        {
            if (node is YamlSequence seq && seq.Items.Count > limit)
            {
                ctx.Error(ScenarioDiagnosticCodes.TooMany, $"The scenario lists {seq.Items.Count:N0} {what}; Parley analyses at most {limit:N0}. {advice}", seq.Items[limit], $"{path}[{limit}]");
                ok = false;
            }
        }

        Check(map["actors"], YamlLimits.MaxActors, "actors", "actors", "Merge minor actors into blocs, or split the scenario.");
        Check(map["issues"], YamlLimits.MaxIssues, "issues", "issues", "Split the scenario into tracks kept in separate files, or merge related issues.");
        if (map["issues"] is YamlSequence issues)
        {
            for (int i = 0; i < Math.Min(issues.Items.Count, YamlLimits.MaxIssues); i++)
            {
                if (issues.Items[i] is YamlMapping issue)
                {
                    Check(issue["options"], YamlLimits.MaxOptionsPerIssue, "options for one issue", $"issues[{i}].options", "Coarsen the issue (fewer, wider options) or make it numeric with a range.");
                }
            }
        }

        return ok;
    }

    private static ParseResult<Scenario> Fail(string file, string code, string message) =>
        ParseResult<Scenario>.Failure([Diagnostic.Error(code, message, SourceLocation.OfFile(file))]);
}
