using System.ComponentModel;
using Parley.Cli.Rendering;
using Parley.Core.Analysis;
using Parley.Formats.Json.Dto.Analyze;
using Parley.Reports;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley analyze FILE [--lever L]... [--out DIR] [--format json]</c>: Parley's main job. Every lens the
/// scenario supports, as given and under each lever; the claims; what each lever changes; a report.
/// </summary>
[Description("Run every lens under every lever, test the claims, and write a report.")]
public sealed class AnalyzeCommand(IAnsiConsole console, OutputChannel output) : Command<AnalyzeSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, AnalyzeSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        bool json = settings.Format == OutputFormat.Json;
        var read = ScenarioInput.Read(output, settings.File, json);
        if (read is null)
        {
            return ExitCodes.InputErrors;
        }

        // --at DATE goes into every variant's key: the session derives each variant as of that date.
        var scenario = read;
        var date = AtOption.Date(settings.At);
        if (ScenarioInput.Variants(output.Errors, scenario, settings.Levers, date) is not { } extra)
        {
            return ExitCodes.UsageError;
        }

        var options = new AnalysisOptions { ExtraVariants = [.. extra.Select(k => k.Levers)], Sensitivity = !settings.NoSensitivity, Date = date };
        if (settings.Draws is int draws)
        {
            options = options with { MonteCarloRuns = draws, ClaimDraws = draws, EndStateDraws = draws };
        }

        using var budget = Budget.Start(settings.BudgetSeconds, cancellationToken);
        AnalysisResult result;
        try
        {
            result = Run(console, output, scenario, options, json, budget.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Budget.Expired(output, settings.BudgetSeconds, "analyse fewer variants");
        }

        if (settings.Out is { } dir)
        {
            string report;
            try
            {
                report = ReportWriter.Write(result, dir);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // A folder that cannot be written is the user's to fix, not a defect: say so, keep the exit code of a usage error.
                output.Errors.MarkupLine($"[red]Usage error:[/] The report could not be written to '{Markup.Escape(dir)}': {Markup.Escape(ex.Message)} Give --out a folder you can write to (it is created if missing).");
                return ExitCodes.UsageError;
            }

            if (!json)
            {
                AnalysisRenderer.Write(console, result, settings.Cut);
                console.MarkupLine($"Report: [link]{Markup.Escape(report)}[/] (and {Markup.Escape(ReportWriter.ResultFile)} beside it).");
                return ExitCodes.Ok;
            }
        }

        if (json)
        {
            output.Json(AnalyzeDocument.From(result));
        }
        else
        {
            AnalysisRenderer.Write(console, result, settings.Cut);
        }

        return ExitCodes.Ok;
    }

    /// <summary>Runs the analysis, with a progress bar when a person is watching an interactive console.</summary>
    internal static AnalysisResult Run(IAnsiConsole console, OutputChannel output, Core.Model.Scenario scenario, AnalysisOptions options, bool json, CancellationToken cancellationToken)
    {
        if (json || !console.Profile.Capabilities.Interactive)
        {
            // No live bar: progress lines on stderr when it is a stream of its own.
            // Variants finish on several threads; one line at a time.
            IProgress<long>? lines = null;
            var gate = new object();
            var progress = new SynchronousProgress<AnalysisProgress>(p =>
            {
                lock (gate)
                {
                    lines ??= output.ProgressLines("analyze: variants analysed", p.Total);
                    lines.Report(p.Done);
                }
            });
            return ScenarioAnalysis.Run(scenario, options, progress, cancellationToken);
        }

        AnalysisResult? result = null;
        console.Progress().AutoClear(true).HideCompleted(true).Start(ctx =>
        {
            var task = ctx.AddTask("Analysing variants");
            var progress = new Progress<AnalysisProgress>(p =>
            {
                task.MaxValue = p.Total;
                task.Value = p.Done;
                task.Description = $"Analysed {Markup.Escape(p.Stage)}";
            });
            result = ScenarioAnalysis.Run(scenario, options, progress, cancellationToken);
            task.Value = task.MaxValue;
        });
        return result!;
    }
}
