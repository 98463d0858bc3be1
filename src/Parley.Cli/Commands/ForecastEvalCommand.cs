using System.ComponentModel;
using Parley.Cli.Rendering;
using Parley.Core.Diagnostics;
using Parley.Core.Forecast;
using Parley.Formats.Deu;
using Parley.Formats.Json.Dto;
using Parley.Formats.Json.Dto.ForecastEval;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley forecast-eval deu3.csv</c>: each model's mean absolute error against the recorded outcomes
/// of every DEU III issue with an outcome; fitted parameters are cross-validated, out-of-sample error only.
/// </summary>
[Description("Score the forecast models against recorded EU decisions (DEU III): mean absolute error and 90 % interval coverage per model, a calibration table, fitted and combined models cross-validated.")]
public sealed class ForecastEvalCommand(IAnsiConsole console, OutputChannel output) : Command<ForecastEvalSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, ForecastEvalSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        bool json = settings.Format == OutputFormat.Json;
        var read = DeuReader.ReadFile(settings.File);
        if (read.Value is not null && DeuEvaluation.Cases(read.Value).Count == 0)
        {
            read = ParseResult<DeuDataset>.Failure([.. read.Diagnostics, Diagnostic.Error("PF0313", "No issue in the table has a recorded outcome (column 'out'), so there is nothing to score the forecasts against. Fill in the outcomes.", SourceLocation.OfFile(settings.File))]);
        }

        if (read.Value is null)
        {
            if (json)
            {
                output.Refused(settings.File, read.Diagnostics);
            }
            else
            {
                output.Diagnostics(json: false, diagnostics: read.Diagnostics);

                output.Errors.MarkupLine($"[red]{read.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error)} error(s)[/]; nothing was evaluated.");
            }

            return ExitCodes.InputErrors;
        }

        output.Diagnostics(read.Diagnostics, json);
        var cases = DeuEvaluation.Cases(read.Value);
        var report = new ForecastEvaluationReport([], []);
        if (!json && console.Profile.Capabilities.Interactive)
        {
            console.Progress().Start(ctx =>
            {
                var task = ctx.AddTask("Issues", maxValue: cases.Count);
                report = ForecastEvaluation.Evaluate(cases, settings.Folds, progress: new Progress<int>(done => task.Value = Math.Max(task.Value, done)));
                task.Value = cases.Count;
            });
        }
        else
        {
            report = ForecastEvaluation.Evaluate(cases, settings.Folds);
        }

        if (json)
        {
            static double? Finite(double? value) => value is double v && double.IsFinite(v) ? v : null;
            double? Coverage90(string model, string interval) => Finite(report.Coverage.FirstOrDefault(c => c.Model == model && c.Interval == interval)?.Coverage90);
            output.Json(new ForecastEvalDocument(
                ScenarioIds.Of(null, settings.File),
                settings.File,
                cases.Count,
                settings.Folds,
                report.Models.Select(r => new ModelScoreDto(
                    r.Model,
                    r.Issues,
                    r.Issues > 0 ? Finite(r.MeanAbsoluteError) : null,
                    r.Issues > 0 ? Finite(r.MedianAbsoluteError) : null,
                    r.Note,
                    Coverage90(r.Model, "monte-carlo"),
                    Coverage90(r.Model, "cross-validated"))),
                report.Coverage.Select(c => new CoverageDto(
                    c.Model, c.Interval, c.Issues, Finite(c.Coverage90),
                    c.Calibration.Select(b => new CalibrationDto(b.Nominal, b.Observed, b.MeanWidth)), c.Note))));
        }
        else
        {
            ForecastRenderer.WriteAccuracy(console, settings.File, cases.Count, report.Models, report.Coverage);
        }

        return ExitCodes.Ok;
    }
}
