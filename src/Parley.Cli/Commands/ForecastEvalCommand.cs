using System.ComponentModel;
using System.Text.Json.Nodes;
using Parley.Cli.Rendering;
using Parley.Core.Diagnostics;
using Parley.Core.Forecast;
using Parley.Formats.Deu;
using Parley.Formats.Json;
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
                output.Json(JsonOutput.Serialize(new CheckReport(settings.File, false, [.. read.Diagnostics.Select(DiagnosticJson.From)], null)));
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
            var root = new JsonObject
            {
                ["source"] = settings.File,
                ["issues"] = cases.Count,
                ["folds"] = settings.Folds,
                ["models"] = new JsonArray([.. report.Models.Select(r => (JsonNode)new JsonObject
                {
                    ["model"] = r.Model,
                    ["issues"] = r.Issues,
                    ["meanAbsoluteError"] = r.Issues > 0 && double.IsFinite(r.MeanAbsoluteError) ? r.MeanAbsoluteError : null,
                    ["medianAbsoluteError"] = r.Issues > 0 && double.IsFinite(r.MedianAbsoluteError) ? r.MedianAbsoluteError : null,
                    ["note"] = r.Note,
                    ["coverage90"] = report.Coverage.FirstOrDefault(c => c.Model == r.Model && c.Interval == "monte-carlo")?.Coverage90 is double mc && double.IsFinite(mc) ? mc : null,
                    ["coverage90CrossValidated"] = report.Coverage.FirstOrDefault(c => c.Model == r.Model && c.Interval == "cross-validated")?.Coverage90 is double cv && double.IsFinite(cv) ? cv : null,
                })]),
                ["coverage"] = new JsonArray([.. report.Coverage.Select(c => (JsonNode)new JsonObject
                {
                    ["model"] = c.Model,
                    ["interval"] = c.Interval,
                    ["issues"] = c.Issues,
                    ["coverage90"] = c.Coverage90,
                    ["calibration"] = new JsonArray([.. c.Calibration.Select(b => (JsonNode)new JsonObject { ["nominal"] = b.Nominal, ["observed"] = b.Observed, ["meanWidth"] = b.MeanWidth })]),
                    ["note"] = c.Note,
                })]),
            };
            output.Json(root.ToJsonString(JsonOutput.Options));
        }
        else
        {
            ForecastRenderer.WriteAccuracy(console, settings.File, cases.Count, report.Models, report.Coverage);
        }

        return ExitCodes.Ok;
    }
}
