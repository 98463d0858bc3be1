using System.ComponentModel;
using System.Globalization;
using Parley.Cli.Rendering;
using Parley.Core.Diagnostics;
using Parley.Core.Levers;
using Parley.Core.Model.Conflicts;
using Parley.Core.Session;
using Parley.Core.Stability;
using Parley.Core.Vocabulary;
using Parley.Formats.Gmcr;
using Parley.Formats.Json;
using Parley.Formats;
using Spectre.Console.Cli;
using Spectre.Console;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley stability FILE [--concept C]... [--coalition A,B]... [--lever L]... [--from-status-quo]
/// [--inverse STATE --decision-maker DM [--positions N]] [--format json]</c>: the stability lens (graph
/// model). Which states are equilibria, is the status quo stable and why, which improvements lead from
/// the status quo to the equilibria, and (inverse GMCR) which rankings of one decision maker would make a
/// chosen state an equilibrium.
/// </summary>
[Description("Which states are stable standoffs, why (the sanction behind each verdict), how the status quo can move to them, and which preferences would make a chosen state stable.")]
public sealed class StabilityCommand(IAnsiConsole console, OutputChannel output) : Command<StabilitySettings>
{
    /// <summary>Top positions the inverse search permutes when <c>--positions</c> is not given.</summary>
    public const int DefaultPositions = 6;

    /// <inheritdoc />
    public override int Execute(CommandContext context, StabilitySettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        bool json = settings.Format == OutputFormat.Json;
        bool gmcr = settings.File.EndsWith(".gmcr", StringComparison.OrdinalIgnoreCase);
        GraphModel model;
        string title;
        string? scenarioId = null;
        if (gmcr)
        {
            if (settings.Levers.Length > 0)
            {
                return Usage("Levers belong to scenarios; a .gmcr file has none.");
            }

            var read = GmcrReader.Read(settings.File);
            if (!Report(read.Diagnostics, read.Value is null, json, settings.File))
            {
                return ExitCodes.InputErrors;
            }

            // The reader has built this model once to check it (every state infeasible is its GMCR diagnostic).
            model = GraphModel.FromConflict(read.Value!.Conflict);
            title = Path.GetFileName(settings.File);
        }
        else
        {
            var read = ScenarioFiles.Read(settings.File);
            if (!Report(read.Diagnostics, read.Value is null, json, settings.File))
            {
                return ExitCodes.InputErrors;
            }

            var scenario = read.Value!;
            scenarioId = scenario.Id;
            if (ScenarioInput.Variant(output.Errors, scenario, settings.Levers, AtOption.Date(settings.At)) is not { } key)
            {
                return ExitCodes.UsageError;
            }

            var session = new LensSession(scenario);
            if (ScenarioInput.Derive(output.Errors, session, key) is not { } derived)
            {
                return ExitCodes.InputErrors;
            }

            if (derived.Conflict is null)
            {
                console.MarkupLine("[yellow]No 'conflict' section: stability analysis skipped.[/] Add one (decision makers, options, preferences; see docs/scenario-format.md#conflict).");
                return ExitCodes.InputErrors;
            }

            var lens = session.Stability(key)!;
            if (lens.Failure is { } failure)
            {
                // A lever can leave the conflict without feasible states or with an infeasible status quo.
                output.Errors.MarkupLine($"[red]error:[/] {Markup.Escape(failure)}");
                return ExitCodes.InputErrors;
            }

            model = lens.Model!;
            title = derived.Title;
        }

        var coalitions = new List<IReadOnlyList<int>>();
        foreach (var text in settings.Coalitions)
        {
            var members = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var indices = members.Select(m => model.DecisionMakers.IndexOf(m)).ToList();
            if (members.Length < 2 || indices.Contains(-1) || indices.Distinct().Count() != indices.Count)
            {
                return Usage($"--coalition '{text}' must name at least two different decision makers separated by commas. Decision makers: {string.Join(", ", model.DecisionMakers)}.");
            }

            coalitions.Add(indices);
        }

        if (settings.FromStatusQuo && model.StatusQuo is null)
        {
            return Usage("--from-status-quo needs a status quo; the conflict gives none (add 'status-quo' to the conflict section).");
        }

        if (InverseQuestion(settings, model, out int desired, out int decisionMaker, out int positions) is { } inverseError)
        {
            return Usage(inverseError);
        }

        var concepts = settings.Concepts.Select(c => Terms.TryParse<StabilityConcept>(c, out var concept) ? concept : throw new InvalidOperationException($"Concept '{c}' passed validation.")).ToList();
        var report = StabilityReport.Build(model, concepts, coalitions, settings.FromStatusQuo);
        var inverse = settings.Inverse is null ? null : InverseFinding.Search(model, desired, decisionMaker, positions, report.Result.Concepts);
        if (json)
        {
            output.Json(StabilityJson.Document(scenarioId, settings.File, settings.Levers, report, inverse));
        }
        else
        {
            AtOption.Announce(console, AtOption.Date(settings.At));
            StabilityRenderer.Write(console, title, settings.Levers, report, settings.Cut);
            if (inverse is not null)
            {
                StabilityRenderer.WriteInverse(console, report, inverse);
            }
        }

        return ExitCodes.Ok;
    }

    /// <summary>Checks the inverse options against the model; returns the usage error, or null when they are consistent.</summary>
    private static string? InverseQuestion(StabilitySettings settings, GraphModel model, out int desired, out int decisionMaker, out int positions)
    {
        desired = -1;
        decisionMaker = -1;
        positions = 0;
        if (settings.Inverse is null)
        {
            return settings.DecisionMaker is not null || settings.Positions is not null
                ? "--decision-maker and --positions belong to an inverse search; add --inverse STATE."
                : null;
        }

        if (!int.TryParse(settings.Inverse, NumberStyles.None, CultureInfo.InvariantCulture, out int ordinal) || ordinal < 1 || ordinal > model.StateCount)
        {
            return $"--inverse {settings.Inverse} names no state; give a state number as printed, 1 to {model.StateCount}.";
        }

        if (settings.DecisionMaker is null)
        {
            return $"--inverse needs --decision-maker, the decision maker whose ranking varies. Decision makers: {string.Join(", ", model.DecisionMakers)}.";
        }

        decisionMaker = model.DecisionMakers.IndexOf(settings.DecisionMaker);
        if (decisionMaker < 0)
        {
            return $"--decision-maker '{settings.DecisionMaker}' is not a decision maker of the conflict. Decision makers: {string.Join(", ", model.DecisionMakers)}.";
        }

        // Six positions (720 rankings) answer in well under a second on the 120-state Istanbul conflict;
        // each further position multiplies the work by its number, and the engine stops at ten (3,628,800).
        int most = Math.Min(model.StateCount, InverseAnalysis.MaxSliceLength);
        positions = Math.Min(model.StateCount, DefaultPositions);
        if (settings.Positions is not null && !int.TryParse(settings.Positions, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out positions))
        {
            return $"--positions {settings.Positions} is not a number; give how many top positions to permute, 1 to {most}.";
        }

        if (positions < 1 || positions > most)
        {
            return $"--positions {positions} is out of range: permute 1 to {most} positions ({(most == InverseAnalysis.MaxSliceLength ? $"at most {InverseAnalysis.MaxSliceLength}, {InverseAnalysis.MaxSliceLength}! rankings" : $"the conflict has {model.StateCount} states")}).";
        }

        desired = ordinal - 1;
        return null;
    }

    private bool Report(System.Collections.Immutable.ImmutableArray<Diagnostic> all, bool failed, bool json, string file)
    {
        if (failed && json)
        {
            output.Refused(file, all);
            return false;
        }

        output.Diagnostics(all, json);
        if (failed && !json)
        {
            output.Errors.MarkupLine($"[red]{all.Count(d => d.Severity == DiagnosticSeverity.Error)} error(s)[/]; nothing was analysed.");
        }

        return !failed;
    }

    private int Usage(string message)
    {
        output.Errors.MarkupLine($"[red]Usage error:[/] {Markup.Escape(message)}");
        return ExitCodes.UsageError;
    }
}
