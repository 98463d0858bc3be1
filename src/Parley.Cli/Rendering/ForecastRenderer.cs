using System.Globalization;
using Parley.Core.Forecast;
using Spectre.Console;

namespace Parley.Cli.Rendering;

/// <summary>Prints forecasts for a person: per issue, each model's forecast, the round path of dynamic models, Monte Carlo quantiles and acceptance, sensitivity.</summary>
public static class ForecastRenderer
{
    /// <summary>Most actors whose positions are listed per issue; a screen, not megabytes.</summary>
    public const int MaxListedActors = 20;

    /// <summary>Writes a forecast report.</summary>
    /// <param name="console">Where to write.</param>
    /// <param name="title">The input's title.</param>
    /// <param name="levers">Levers pulled.</param>
    /// <param name="notes">Notes about the inputs.</param>
    /// <param name="report">The forecasts.</param>
    /// <param name="all">List every actor's position and acceptance, not only the first <see cref="MaxListedActors"/>.</param>
    public static void Write(IAnsiConsole console, string title, IReadOnlyList<string> levers, IReadOnlyList<string> notes, ForecastReport report, bool all = false)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(levers);
        ArgumentNullException.ThrowIfNull(notes);
        console.MarkupLine($"[bold]{Esc(title)}[/] — forecast");
        if (levers.Count > 0)
        {
            console.MarkupLine($"Levers pulled: {Esc(string.Join(", ", levers))}");
        }

        foreach (var note in notes)
        {
            console.MarkupLine($"[grey]note:[/] {Esc(note)}");
        }

        if (report.Issues.IsEmpty)
        {
            console.MarkupLine("No issue could be forecast (see the notes).");
            return;
        }

        if (report.Runs > 0)
        {
            console.MarkupLine($"Monte Carlo: {report.Runs.ToString(CultureInfo.InvariantCulture)} runs per model where inputs are uncertain, seed {report.Seed.ToString(CultureInfo.InvariantCulture)}.");
        }

        foreach (var issue in report.Issues)
        {
            WriteIssue(console, issue, all ? int.MaxValue : MaxListedActors);
        }
    }

    /// <summary>Writes the accuracy table of <c>forecast-eval</c>.</summary>
    public static void WriteAccuracy(IAnsiConsole console, string source, int issues, IReadOnlyList<ModelAccuracy> rows)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(rows);
        var table = new Table().Border(TableBorder.Rounded)
            .Title($"Forecast accuracy on {Esc(Path.GetFileName(source))}: {issues.ToString(CultureInfo.InvariantCulture)} issues with a recorded outcome (0–100 scale)")
            .AddColumn("model").AddColumn(new TableColumn("issues").RightAligned()).AddColumn(new TableColumn("MAE").RightAligned())
            .AddColumn(new TableColumn("median AE").RightAligned()).AddColumn("how");
        foreach (var row in rows)
        {
            table.AddRow(Esc(row.Model), row.Issues.ToString(CultureInfo.InvariantCulture), F(row.MeanAbsoluteError), F(row.MedianAbsoluteError), Esc(row.Note));
        }

        console.Write(table);
        console.MarkupLine("Lower is better. Fitted parameters are chosen on the other folds and scored only on the held-out fold.");
    }

    private static void WriteIssue(IAnsiConsole console, IssueForecast issue, int listed)
    {
        console.WriteLine();
        string positions = string.Join(", ", issue.Actors.Take(listed).Select((a, i) => $"{a} {F(issue.Positions[i])}"));
        string more = issue.Actors.Length > listed ? $", … and {issue.Actors.Length - listed} more (--all lists them)" : string.Empty;
        console.MarkupLine($"[bold]{Esc(issue.Name)}[/] [grey]({Esc(issue.Id)})[/] — positions: {Esc(positions + more)}");
        bool uncertain = issue.Uncertainty.Any(u => u is not null);
        var table = new Table().Border(TableBorder.Rounded).AddColumn("model").AddColumn(new TableColumn("forecast").RightAligned()).AddColumn("rounds");
        if (uncertain)
        {
            table.AddColumn(new TableColumn("5%").RightAligned()).AddColumn(new TableColumn("median").RightAligned()).AddColumn(new TableColumn("95%").RightAligned()).AddColumn(new TableColumn("± s.e.").RightAligned());
        }

        for (int f = 0; f < issue.Forecasts.Length; f++)
        {
            var forecast = issue.Forecasts[f];
            string value = forecast.Value is double v ? F(v) : "–";
            string rounds = forecast.Value is null ? $"[yellow]skipped[/]: {Esc(forecast.Note ?? "the model has no answer for this input")}"
                : forecast.Model is ForecastModel.ExpectedUtility or ForecastModel.SpatialPolitics
                ? $"{forecast.Rounds.ToString(CultureInfo.InvariantCulture)}{(forecast.Converged ? string.Empty : " [yellow](did not converge)[/]")}"
                : forecast.Note is null ? string.Empty : Esc(forecast.Note);
            var row = new List<string> { ModelLabel(forecast.Model), value, rounds };
            if (uncertain)
            {
                var d = issue.Uncertainty[f];
                row.AddRange(d is null ? ["", "", "", ""] : [F(Q(d, 0.05)), F(Q(d, 0.5)), F(Q(d, 0.95)), F(d.StandardError)]);
            }

            table.AddRow([.. row]);
        }

        console.Write(table);
        foreach (var forecast in issue.Forecasts.Where(f => !f.Path.IsEmpty))
        {
            console.MarkupLine($"  {ModelLabel(forecast.Model)} by round: {Esc(string.Join(" → ", forecast.Path.Select(F)))}");
        }

        for (int f = 0; f < issue.Forecasts.Length; f++)
        {
            if (issue.Uncertainty[f] is { Acceptance.IsEmpty: false } d)
            {
                console.MarkupLine($"  P(outcome acceptable), {ModelLabel(issue.Forecasts[f].Model)}: {Esc(string.Join(", ", d.Acceptance.Take(listed).Select(a => $"{issue.Actors[a.Actor]} {P(a.Probability)} ± {P(a.StandardError)}")))}");
            }
        }

        if (!issue.Sensitivity.IsEmpty)
        {
            console.MarkupLine($"  Inputs that move the {ModelLabel(issue.Forecasts[0].Model)} forecast most: {Esc(string.Join("; ", issue.Sensitivity.Take(5).Select(e => $"{e.Input.Kind.ToString().ToLowerInvariant()} of {issue.Actors[e.Input.Actor]} ({F(e.AtMinimum)}–{F(e.AtMaximum)}, swing {F(e.Swing)})")))}");
        }
    }

    private static double Q(ForecastDistribution d, double level)
    {
        foreach (var q in d.Quantiles)
        {
            if (Math.Abs(q.Level - level) < 1e-9)
            {
                return q.Value;
            }
        }

        return double.NaN;
    }

    private static string ModelLabel(ForecastModel model) => model switch
    {
        ForecastModel.WeightedMean => "weighted mean",
        ForecastModel.WeightedMedian => "weighted median",
        ForecastModel.StrongestActor => "strongest actor",
        ForecastModel.StatusQuo => "status quo",
        ForecastModel.ExpectedUtility => "expected utility",
        _ => "spatial politics",
    };

    private static string P(double value) => double.IsFinite(value) ? value.ToString("0.00", CultureInfo.InvariantCulture) : "– (no run gave a value)";

    private static string F(double value) => double.IsFinite(value) ? value.ToString("0.0#", CultureInfo.InvariantCulture) : "–";

    private static string Esc(string text) => Markup.Escape(text);
}
