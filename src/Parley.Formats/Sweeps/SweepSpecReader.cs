using System.Collections.Immutable;
using System.Globalization;
using Parley.Core.Claims;
using Parley.Core.Diagnostics;
using Parley.Core.Dynamics;
using Parley.Core.Model;
using Parley.Core.Stability;
using Parley.Core.Sweeps;
using Parley.Core.Variants;
using Parley.Core.Vocabulary;
using Parley.Formats.Yaml;

namespace Parley.Formats.Sweeps;

/// <summary>
/// Reads a sweep spec (docs/sweeps.md) into a checked <see cref="SweepDefinition"/>, or every problem found, each
/// located in the spec, before any work starts: unknown scenarios and levers, dates off the horizon, unknown
/// figures, answers that do not parse, and sweeps larger than their limit (counted, never expanded).
/// </summary>
public static class SweepSpecReader
{
    /// <summary>The most variants a sweep may have unless its spec raises <c>max-variants</c>.</summary>
    public const int DefaultMaxVariants = 10_000;

    /// <summary>The answers a spec may list by name.</summary>
    public static readonly ImmutableArray<string> AnswerNames = ["claims", "agreement", "stability", "forecast", "end-states", "sensitivity"];

    private static readonly string[] RootKeys = ["sweep", "seed", "scenarios", "levers", "max-variants", "dates", "overrides", "draws", "draws-per-piece", "forecast-runs", "answers"];

    /// <summary>The prefix of a scenario named by its id in a workspace: <c>workspace:ID</c> (latest version) or <c>workspace:ID@VERSION</c>.</summary>
    public const string WorkspacePrefix = "workspace:";

    /// <summary>
    /// Reads the spec at <paramref name="path"/> and the scenarios it names: files relative to the spec's folder, and
    /// scenarios of a workspace (<c>workspace:ID[@VERSION]</c>) from <paramref name="workspace"/>. The texts are kept
    /// in the input, so the sweep reads the same scenarios however often it is read again (a resumed sweep, a worker).
    /// </summary>
    public static ParseResult<SweepInput> ReadFiles(string path, IWorkspaceScenarios? workspace = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return ParseResult<SweepInput>.Failure([Diagnostic.Error(ScenarioDiagnosticCodes.Unreadable, $"The sweep spec could not be read: {ex.Message} Check the path.", SourceLocation.OfFile(path))]);
        }

        var ctx = new YamlReadContext(path) { Source = text };
        var scenarios = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        if (Root(ctx, text) is { } map)
        {
            string folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
            foreach (var node in ctx.List(map, "scenarios", "scenarios", "the scenarios"))
            {
                if (ctx.Text(node, "scenarios", "scenarios") is not { } name || scenarios.ContainsKey(name))
                {
                    continue;
                }

                if (name.StartsWith(WorkspacePrefix, StringComparison.Ordinal))
                {
                    if (Workspace(ctx, node, name, workspace) is { } found)
                    {
                        scenarios[name] = found.Yaml;
                    }

                    continue;
                }

                string file = Path.Combine(folder, name);
                if (!File.Exists(file))
                {
                    ctx.Error(SweepDiagnosticCodes.UnknownScenario, $"No scenario file '{name}' was found (looked in {folder}). Name a scenario .yaml file relative to the spec.", node, "scenarios");
                    continue;
                }

                scenarios[name] = File.ReadAllText(file);
            }
        }

        return ctx.HasErrors
            ? ParseResult<SweepInput>.Failure(ctx.Diagnostics)
            : ParseResult<SweepInput>.Success(new SweepInput(path, text, scenarios.ToImmutable()), ctx.Diagnostics);
    }

    /// <summary>Reads a sweep from its texts into a checked definition.</summary>
    public static ParseResult<SweepDefinition> Read(SweepInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var ctx = new YamlReadContext(input.SpecFile) { Source = input.Spec };
        try
        {
            var definition = Root(ctx, input.Spec) is { } map ? Definition(ctx, map, input) : null;
            var ordered = ctx.Diagnostics.OrderBy(d => d.Location.File, StringComparer.Ordinal).ThenBy(d => d.Location.Line).ThenBy(d => d.Location.Column).ToList();
            return definition is not null && !ctx.HasErrors ? ParseResult<SweepDefinition>.Success(definition, ordered) : ParseResult<SweepDefinition>.Failure(ordered);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            ctx.Diagnostics.Add(Diagnostic.Error(ScenarioDiagnosticCodes.Internal, $"Parley failed while reading the sweep spec ({ex.GetType().Name}: {ex.Message}). This is a bug in Parley; please report it with the spec.", SourceLocation.OfFile(input.SpecFile)));
            return ParseResult<SweepDefinition>.Failure(ctx.Diagnostics);
        }
    }

    private static YamlMapping? Root(YamlReadContext ctx, string text)
    {
        var root = YamlDocumentLoader.Load(text, ctx.File, ctx.Diagnostics);
        if (root is null or YamlScalar { IsNull: true })
        {
            if (!ctx.HasErrors)
            {
                ctx.Diagnostics.Add(Diagnostic.Error(ScenarioDiagnosticCodes.Empty, "The sweep spec is empty. It needs at least 'scenarios' and 'draws'; see docs/sweeps.md.", SourceLocation.OfFile(ctx.File)));
            }

            return null;
        }

        return ctx.Mapping(root, string.Empty, "the sweep spec", RootKeys);
    }

    private static SweepDefinition? Definition(YamlReadContext ctx, YamlMapping map, SweepInput input)
    {
        string name = ctx.OptionalText(map, "sweep", string.Empty) ?? Path.GetFileNameWithoutExtension(input.SpecFile);
        double? seed = ctx.OptionalNumber(map, "seed", "seed", 0, 9007199254740991);
        int draws = (int)(ctx.RequiredNumber(map, "draws", "draws", "the draws per variant", 1, 10_000_000) ?? 1);
        int perPiece = (int)(ctx.OptionalNumber(map, "draws-per-piece", "draws-per-piece", 1, 1_000_000) ?? Math.Min(draws, 50));
        int forecastRuns = (int)(ctx.OptionalNumber(map, "forecast-runs", "forecast-runs", 1, 100_000) ?? 100);
        long maxVariants = (long)(ctx.OptionalNumber(map, "max-variants", "max-variants", 1, int.MaxValue) ?? DefaultMaxVariants);

        var scenarios = new List<(SweepScenario Scenario, YamlNode Node)>();
        foreach (var node in ctx.List(map, "scenarios", "scenarios", "the scenarios"))
        {
            if (ctx.Text(node, "scenarios", "scenarios") is not { } scenarioName)
            {
                continue;
            }

            if (!input.Scenarios.TryGetValue(scenarioName, out var text))
            {
                ctx.Error(SweepDiagnosticCodes.UnknownScenario, $"The sweep has no scenario '{scenarioName}'. Name a scenario .yaml file relative to the spec.", node, "scenarios");
                continue;
            }

            var read = ScenarioReader.Read(text, scenarioName);
            if (read.Value is not { } scenario || read.HasErrors)
            {
                ctx.Error(SweepDiagnosticCodes.UnknownScenario, $"The scenario '{scenarioName}' has errors ({read.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error)}); run 'parley check {scenarioName}' and fix them first.", node, "scenarios");
                ctx.Diagnostics.AddRange(read.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
                continue;
            }

            scenarios.Add((new SweepScenario(scenarioName, scenario, Answers(ctx, map, scenario)), node));
        }

        if (scenarios.Count == 0)
        {
            if (!ctx.HasErrors)
            {
                ctx.Error(ScenarioDiagnosticCodes.MissingKey, "The sweep names no scenario. List scenario files under 'scenarios'.", map, string.Empty);
            }

            return null;
        }

        var dates = Dates(ctx, map);
        var grid = Overrides(ctx, map);
        var variants = ImmutableArray.CreateBuilder<SweepVariant>();
        for (int s = 0; s < scenarios.Count; s++)
        {
            var scenario = scenarios[s].Scenario.Scenario;
            var combinations = Combinations(ctx, map, scenario, maxVariants);
            if (combinations is null)
            {
                continue;
            }

            // Counted before anything is expanded: a grid of a billion points is refused, not built.
            double size = (double)scenarios.Count * combinations.Count * Math.Max(1, dates.Count) * grid.Aggregate(1.0, (p, f) => p * f.Values.Length);
            if (size > maxVariants)
            {
                ctx.Error(SweepDiagnosticCodes.TooLarge, string.Create(CultureInfo.InvariantCulture, $"The sweep has {size:N0} variants ({scenarios.Count} scenario(s) × {combinations.Count} lever combination(s) × {Math.Max(1, dates.Count)} date(s) × {grid.Aggregate(1.0, (p, f) => p * f.Values.Length):N0} override point(s)), more than its limit of {maxVariants:N0}. Narrow the grid or raise 'max-variants'."), map, string.Empty);
                return null;
            }

            foreach (var figure in grid)
            {
                if (SweepSessions.Override(scenario, new FigureOverride(figure.Figure, 0.5)) is null)
                {
                    ctx.Error(SweepDiagnosticCodes.UnknownFigure, $"The scenario '{scenarios[s].Scenario.Name}' has no figure '{figure.Figure}'. Figures are named capability:ACTOR, walk-away:ACTOR or weight:ACTOR:ISSUE.", figure.Node, "overrides");
                }
            }

            var times = new List<(double? Time, string? Date)>();
            foreach (var (date, node) in dates)
            {
                double? time = ScenarioAtTime.TimeOf(scenario, date);
                string text = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                var problems = time is null
                    ? [new VariantProblem(VariantProblem.NoHorizon, $"The scenario '{scenarios[s].Scenario.Name}' has no dated horizon (a dynamics section with a start date), so it cannot be asked at {text}.")]
                    : ScenarioVariant.Check(scenario, new VariantKey([], time));
                foreach (var p in problems)
                {
                    ctx.Error(p.Code, p.Message, node, "dates");
                }

                times.Add((time, text));
            }

            if (times.Count == 0)
            {
                times.Add((null, null));
            }

            foreach (var levers in combinations)
            {
                foreach (var (time, date) in times)
                {
                    foreach (var point in Points(grid))
                    {
                        variants.Add(new SweepVariant(variants.Count, s, new VariantKey(levers, time), date, point));
                    }
                }
            }
        }

        return ctx.HasErrors ? null : new SweepDefinition(name, (ulong)(seed ?? 20250516), draws, Math.Min(perPiece, draws), forecastRuns, [.. scenarios.Select(x => x.Scenario)], variants.ToImmutable());
    }

    private static WorkspaceScenario? Workspace(YamlReadContext ctx, YamlNode node, string name, IWorkspaceScenarios? workspace)
    {
        string reference = name[WorkspacePrefix.Length..];
        int at = reference.IndexOf('@', StringComparison.Ordinal);
        string idText = at < 0 ? reference : reference[..at];
        int? version = null;
        bool valid = Guid.TryParse(idText, out var id);
        if (valid && at >= 0)
        {
            valid = int.TryParse(reference[(at + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out int v) && v >= 1;
            version = v;
        }

        if (!valid)
        {
            ctx.Error(SweepDiagnosticCodes.UnknownScenario, $"'{name}' is not a workspace scenario. Write workspace:ID or workspace:ID@VERSION, with the id the workspace shows (a GUID) and a version from 1.", node, "scenarios");
            return null;
        }

        if (workspace is null)
        {
            ctx.Error(SweepDiagnosticCodes.UnknownScenario, $"'{name}' names a scenario of a workspace, but no workspace was given. Run with --workspace DIR (a workspace's data folder) or --workspace CONNECTION (its PostgreSQL database; with --cluster, the cluster's database is used).", node, "scenarios");
            return null;
        }

        var lookup = workspace.Find(id, version);
        if (lookup.Scenario is null)
        {
            ctx.Error(SweepDiagnosticCodes.UnknownScenario, $"'{name}': {lookup.Problem ?? "the workspace has no such scenario."}", node, "scenarios");
        }

        return lookup.Scenario;
    }

    private static List<ImmutableArray<string>>? Combinations(YamlReadContext ctx, YamlMapping map, Scenario scenario, long maxVariants)
    {
        var node = map["levers"];
        if (node is null || node is YamlScalar { IsNull: true })
        {
            return [[]];
        }

        if (node is YamlScalar { Value: "all" })
        {
            int n = scenario.Levers.Length;
            if (Math.Pow(2, n) > maxVariants)
            {
                ctx.Error(SweepDiagnosticCodes.TooLarge, string.Create(CultureInfo.InvariantCulture, $"'all' combinations of the {n} levers of '{scenario.Id}' are {Math.Pow(2, n):N0} variants, more than the limit of {maxVariants:N0}. List the combinations, or raise 'max-variants'."), node, "levers");
                return null;
            }

            // In binary order of the lever list: the empty set (as given) first, then each lever alone, and so on.
            return [.. Enumerable.Range(0, 1 << n).OrderBy(m => System.Numerics.BitOperations.PopCount((uint)m)).ThenBy(m => m)
                .Select(m => scenario.Levers.Where((_, i) => (m & (1 << i)) != 0).Select(l => l.Id).ToImmutableArray())];
        }

        if (node is not YamlSequence list)
        {
            ctx.Error(ScenarioDiagnosticCodes.WrongType, $"'levers' must be 'all' or a list of lever combinations (each a list of lever ids, [] for as given), but this is {node.KindName}.", node, "levers");
            return null;
        }

        var combinations = new List<ImmutableArray<string>>();
        for (int i = 0; i < list.Items.Count; i++)
        {
            string path = $"levers[{i}]";
            var ids = list.Items[i] switch
            {
                YamlSequence s => s.Items.Select(x => (Id: ctx.Text(x, path, "levers"), Node: x)).ToList(),
                YamlScalar { Value: VariantKey.AsGivenId } => [],
                YamlScalar sc => sc.Value.Split('+').Select(id => (Id: (string?)id.Trim(), Node: (YamlNode)sc)).ToList(),
                var other => null,
            };
            if (ids is null)
            {
                ctx.Error(ScenarioDiagnosticCodes.WrongType, $"A lever combination must be a list of lever ids or 'a+b', but this is {list.Items[i].KindName}.", list.Items[i], path);
                continue;
            }

            foreach (var (id, at) in ids)
            {
                if (id is not null && scenario.FindLever(id) is null)
                {
                    foreach (var p in ScenarioVariant.Check(scenario, new VariantKey([id])))
                    {
                        ctx.Error(p.Code, p.Message, at, path);
                    }
                }
            }

            combinations.Add([.. ids.Where(x => x.Id is not null).Select(x => x.Id!)]);
        }

        return combinations;
    }

    private static List<(DateOnly Date, YamlNode Node)> Dates(YamlReadContext ctx, YamlMapping map)
    {
        var dates = new List<(DateOnly, YamlNode)>();
        foreach (var node in ctx.List(map, "dates", "dates", "the dates"))
        {
            if (ctx.Text(node, "dates", "dates") is { } text)
            {
                if (HorizonCalendar.TryParseDate(text, out var date))
                {
                    dates.Add((date, node));
                }
                else
                {
                    ctx.Error(SweepDiagnosticCodes.BadDate, $"'{text}' is not a date; write dates YYYY-MM-DD.", node, "dates");
                }
            }
        }

        return dates;
    }

    private sealed record FigureGrid(string Figure, ImmutableArray<double> Values, YamlNode Node);

    private static List<FigureGrid> Overrides(YamlReadContext ctx, YamlMapping map)
    {
        var grid = new List<FigureGrid>();
        var items = ctx.List(map, "overrides", "overrides", "the figure overrides");
        for (int i = 0; i < items.Count; i++)
        {
            string path = $"overrides[{i}]";
            if (ctx.Mapping(items[i], path, "a figure override", ["figure", "values", "range"]) is not { } o || ctx.RequiredText(o, "figure", path, "the figure's name") is not { } figure)
            {
                continue;
            }

            if (o["values"] is { } valuesNode)
            {
                var values = ctx.List(o, "values", $"{path}.values", "the values").Select(v => ctx.Number(v, $"{path}.values", "values", 0, 1)).ToList();
                if (values.All(v => v is not null) && values.Count > 0)
                {
                    grid.Add(new FigureGrid(figure, [.. values.Select(v => v!.Value)], o.KeyNode("figure")!));
                }
            }
            else if (ctx.Mapping(o["range"], $"{path}.range", "a range", ["from", "to", "steps"]) is { } range)
            {
                double? from = ctx.RequiredNumber(range, "from", $"{path}.range", "the range's start", 0, 1);
                double? to = ctx.RequiredNumber(range, "to", $"{path}.range", "the range's end", 0, 1);
                double? steps = ctx.RequiredNumber(range, "steps", $"{path}.range", "the number of points", 1, 1e12);
                if (from is { } f && to is { } t && steps is { } n)
                {
                    if (n > int.MaxValue)
                    {
                        ctx.Error(SweepDiagnosticCodes.TooLarge, string.Create(CultureInfo.InvariantCulture, $"A range of {n:N0} points is far more than a sweep can run. Use fewer steps."), range, $"{path}.range.steps");
                        continue;
                    }

                    // Only a range's ends and size are kept until the sweep's size is checked; points are made on demand.
                    grid.Add(new FigureGrid(figure, RangeValues(f, t, (int)n), o.KeyNode("figure")!));
                }
            }
            else
            {
                ctx.Error(ScenarioDiagnosticCodes.MissingKey, "A figure override needs 'values: [...]' or 'range: {from, to, steps}'.", items[i], path);
            }
        }

        return grid;
    }

    private static ImmutableArray<double> RangeValues(double from, double to, int steps)
    {
        if (steps > 1_000_000)
        {
            // Too many to be run anyway; the size check refuses the sweep, so only the count matters.
            return [.. Enumerable.Repeat(from, 1_000_001)];
        }

        return [.. Enumerable.Range(0, steps).Select(i => steps == 1 ? from : from + ((to - from) * i / (steps - 1)))];
    }

    private static IEnumerable<ImmutableArray<FigureOverride>> Points(List<FigureGrid> grid)
    {
        IEnumerable<ImmutableArray<FigureOverride>> points = [[]];
        foreach (var figure in grid)
        {
            var f = figure;
            points = points.SelectMany(p => f.Values.Select(v => p.Add(new FigureOverride(f.Figure, v))));
        }

        return points;
    }

    private static ImmutableArray<SweepAnswer> Answers(YamlReadContext ctx, YamlMapping map, Scenario scenario)
    {
        var items = map["answers"] is null ? [new YamlScalar(map.Line, map.Column, "claims", false)] : ctx.List(map, "answers", "answers", "the answers");
        var answers = ImmutableArray.CreateBuilder<SweepAnswer>();
        for (int i = 0; i < items.Count; i++)
        {
            string path = $"answers[{i}]";
            switch (items[i])
            {
                case YamlScalar { Value: "claims" }:
                    answers.AddRange(scenario.Claims.Where(c => c.Test is not null).Select(c => new SweepAnswer($"claim:{c.Id}", "claim", c.Test!, c.With.IsDefault ? [] : c.With, c.At, true)));
                    break;
                case YamlScalar { Value: "agreement" }:
                    answers.AddRange(scenario.Tracks.Select(t => new SweepAnswer($"agreement:{t}", "agreement", $"agreement(track: {t}).empty == false", [], null, true)));
                    break;
                case YamlScalar { Value: "stability" }:
                    if (scenario.Conflict is not null)
                    {
                        answers.AddRange(Terms.Tokens<StabilityConcept>().Select(c => new SweepAnswer($"stability:{c}", "stability", $"stability(concept: {c}).stable", [], null, true)));
                    }

                    break;
                case YamlScalar { Value: "forecast" }:
                    // Within a draw the forecast is its point value; the row's median is taken over the draws.
                    answers.AddRange(scenario.Issues.Select(x => new SweepAnswer($"forecast:{x.Id}", "forecast", $"forecast(issue: {x.Id}).value", [], null, false)));
                    break;
                case YamlScalar { Value: "end-states" }:
                    answers.AddRange(scenario.EndStates.Select(e => new SweepAnswer($"end-state:{e.Id}", "end-state", $"endstate(id: {e.Id}).probability", [], null, false)));
                    break;
                case YamlScalar { Value: "sensitivity" }:
                    // Per track and draw: how far the agreement verdict is from flipping (the smallest change of one
                    // walk-away value that flips it); the row's median and 10–90 % band are taken over the draws.
                    answers.AddRange(scenario.Tracks.Select(t => new SweepAnswer($"sensitivity:{t}", "sensitivity", $"agreement(track: {t}).margin", [], null, false)));
                    break;
                case YamlMapping m when ctx.Mapping(m, path, "an answer", ["id", "test", "reading"]) is { } answer:
                    if (ctx.RequiredText(answer, "id", path, "the answer's id") is not { } id)
                    {
                        break;
                    }

                    bool truth = answer["test"] is not null;
                    string? expression = ctx.OptionalText(answer, truth ? "test" : "reading", path);
                    if (expression is null)
                    {
                        ctx.Error(ScenarioDiagnosticCodes.MissingKey, "An answer needs 'test: <truth value>' or 'reading: <number>' in the claims language (docs/claims.md).", answer, path);
                        break;
                    }

                    var parsed = truth ? ClaimTest.Parse(expression) : ClaimTest.ParseReading(expression);
                    if (!parsed.IsValid)
                    {
                        var e = parsed.Errors[0];
                        ctx.Error(SweepDiagnosticCodes.BadAnswer, $"The answer '{id}' does not parse at character {e.Offset + 1}: {e.Message}", answer, path);
                        break;
                    }

                    answers.Add(new SweepAnswer(id, "expression", expression, [], null, truth));
                    break;
                default:
                    ctx.Error(SweepDiagnosticCodes.BadAnswer, $"Unknown answer {items[i].KindName}. Answers are {string.Join(", ", AnswerNames)}, or {{id, test}} / {{id, reading}} in the claims language.", items[i], path);
                    break;
            }
        }

        return answers.ToImmutable();
    }
}
