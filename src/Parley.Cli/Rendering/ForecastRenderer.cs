using System.Globalization;
using Parley.Core.Forecast;
using Parley.Formats.Text;
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
    public static void WriteAccuracy(IAnsiConsole console, string source, int issues, IReadOnlyList<ModelAccuracy> rows, IReadOnlyList<IntervalCoverage> coverage)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(coverage);
        string Cover(string model, string interval) =>
            coverage.FirstOrDefault(c => c.Model == model && c.Interval == interval) is { } c ? ForecastWording.Percent(c.Coverage90) : "–";
        var table = new Table().Border(TableBorder.Rounded)
            .Title($"Forecast accuracy on {Esc(Path.GetFileName(source))}: {issues.ToString(CultureInfo.InvariantCulture)} issues with a recorded outcome (0–100 scale)")
            .AddColumn("model").AddColumn(new TableColumn("issues").RightAligned()).AddColumn(new TableColumn("MAE").RightAligned())
            .AddColumn(new TableColumn("median AE").RightAligned()).AddColumn(new TableColumn("90 % MC interval covers").RightAligned())
            .AddColumn(new TableColumn("90 % cross-validated interval covers").RightAligned()).AddColumn("how");
        foreach (var row in rows)
        {
            table.AddRow(Esc(row.Model), row.Issues.ToString(CultureInfo.InvariantCulture), F(row.MeanAbsoluteError), F(row.MedianAbsoluteError),
                Cover(row.Model, "monte-carlo"), Cover(row.Model, "cross-validated"), Esc(row.Note));
        }

        console.Write(table);
        console.MarkupLine("Lower is better. Fitted and combined models are chosen on the other folds and scored only on the held-out fold.");
        if (coverage.Count == 0)
        {
            return;
        }

        var calibration = new Table().Border(TableBorder.Rounded).Title("Calibration: share of outcomes inside the central interval of each nominal level (mean width)")
            .AddColumn("model").AddColumn("interval");
        foreach (double level in ForecastCoverage.Levels)
        {
            calibration.AddColumn(new TableColumn($"{ForecastWording.Percent(level)}").RightAligned());
        }

        foreach (var c in coverage)
        {
            calibration.AddRow([Esc(c.Model), Esc(c.Interval), .. c.Calibration.Select(b => $"{ForecastWording.Percent(b.Observed)} ({F(b.MeanWidth)})")]);
        }

        console.Write(calibration);
        foreach (var note in coverage.Select(c => $"{c.Interval}: {c.Note}").Distinct())
        {
            console.MarkupLine($"[grey]{Esc(note)}[/]");
        }
    }

    private static void WriteIssue(IAnsiConsole console, IssueForecast issue, int listed)
    {
        var scale = issue.Scale;
        string unit = scale.Unit is { } u ? $"in {u}" : scale.Options.IsEmpty ? "on the 0–100 axis" : "options on a 0–100 axis";
        console.WriteLine();
        string positions = string.Join(", ", issue.Actors.Take(listed).Select((a, i) => $"{a} {At(scale, issue.Positions[i])}"));
        string more = issue.Actors.Length > listed ? $", … and {issue.Actors.Length - listed} more (--all lists them)" : string.Empty;
        console.MarkupLine($"[bold]{Esc(issue.Name)}[/] [grey]({Esc(issue.Id)}, {Esc(unit)})[/] — positions: {Esc(positions + more)}");

        // Disagreement is said first: a forecast is robust only when the models agree.
        var agreement = issue.Agreement;
        if (agreement.Models.Length >= 2)
        {
            string span = $"{At(scale, agreement.Low)} to {At(scale, agreement.High)}";
            console.MarkupLine(agreement.Agree
                ? $"  [green]Models agree[/] ({Esc(string.Join(", ", agreement.Models.Select(ModelLabel)))}): {Esc(span)}."
                : $"  [yellow]Models disagree[/] ({Esc(string.Join(", ", agreement.Models.Select(ModelLabel)))}): from {Esc(span)}; read each forecast below with that in mind.");
        }

        bool uncertain = issue.Uncertainty.Any(d => d is not null);
        var table = new Table().Border(TableBorder.Rounded).AddColumn("model").AddColumn("forecast").AddColumn("rounds");
        if (uncertain)
        {
            table.AddColumn(new TableColumn("± s.e. of mean").RightAligned());
        }

        bool vetoes = !issue.VetoHolders.IsEmpty;
        if (vetoes)
        {
            table.AddColumn("veto holders accept").AddColumn("veto-aware");
        }

        for (int f = 0; f < issue.Forecasts.Length; f++)
        {
            var forecast = issue.Forecasts[f];
            var assessment = issue.Assessments[f];
            string reading = forecast.Value is null ? "–" : ForecastWording.Reading(assessment.Shape, scale);
            if (assessment.Shape.Draws <= 1 && forecast.Value is double v)
            {
                reading = ForecastWording.Value(scale.ToIssueValue(v), ForecastWording.Option(scale, v), scale.Unit);
            }

            string rounds = forecast.Value is null ? $"[yellow]skipped[/]: {Esc(forecast.Note ?? "the model has no answer for this input")}"
                : forecast.Model is ForecastModel.ExpectedUtility or ForecastModel.SpatialPolitics
                ? $"{forecast.Rounds.ToString(CultureInfo.InvariantCulture)}{(forecast.Converged ? string.Empty : " [yellow](did not converge)[/]")}"
                : forecast.Note is null ? string.Empty : Esc(forecast.Note);
            var row = new List<string> { ModelLabel(forecast.Model), Esc(reading), rounds };
            if (uncertain)
            {
                var d = issue.Uncertainty[f];
                row.Add(d is null ? string.Empty : F(d.StandardError * Math.Abs(scale.Max - scale.Min) / 100));
            }

            if (vetoes)
            {
                var named = assessment.Vetoes.Select(c => (issue.Actors[c.Actor], c.Share, c.Accepted)).ToList();
                string by = ForecastWording.VetoedBy(named);
                string all = double.IsFinite(assessment.VetoAware.ShareAcceptable) ? $"; all: {ForecastWording.Percent(assessment.VetoAware.ShareAcceptable)}" : string.Empty;
                row.Add(Esc(ForecastWording.Vetoes(named) + all) + (by.Length > 0 ? $"\n[red]{Esc(by)}[/]" : string.Empty));
                row.Add(Esc(VetoAware(issue, assessment.VetoAware)));
            }

            table.AddRow([.. row]);
        }

        console.Write(table);
        foreach (var forecast in issue.Forecasts.Where(f => !f.Path.IsEmpty))
        {
            console.MarkupLine($"  {ModelLabel(forecast.Model)}, single run by round: {Esc(string.Join(" → ", forecast.Path.Select(x => At(scale, x))))}");
        }

        if (issue.AcceptableToAll.IsEmpty)
        {
            console.MarkupLine($"  [red]No outcome is acceptable to every veto holder[/] ({Esc(string.Join(", ", issue.VetoHolders.Select(a => issue.Actors[a])))}): their red lines exclude each other here; `parley agree` lists the blocking demands.");
        }

        for (int f = 0; f < issue.Forecasts.Length; f++)
        {
            var bars = issue.Assessments[f].Sensitivity;
            if (bars.IsEmpty)
            {
                continue;
            }

            console.MarkupLine($"  Inputs that move the {ModelLabel(issue.Forecasts[f].Model)} forecast most: {Esc(string.Join("; ", bars.Take(3).Select(e => Bar(issue, e))))}");
            var flips = bars.Where(e => e.FlipsMode).ToList();
            if (flips.Count > 0)
            {
                console.MarkupLine($"  [yellow]Flips between modes[/] within a stated range: {Esc(string.Join("; ", flips.Select(e => $"{Kind(e.Input.Kind)} of {issue.Actors[e.Input.Actor]}")))}");
            }
        }
    }

    private static string Bar(IssueForecast issue, SensitivityEntry e)
    {
        var scale = issue.Scale;
        string range = e.Input.Kind == ForecastInputKind.Position
            ? $"{At(scale, e.Input.Distribution.Min)}–{At(scale, e.Input.Distribution.Max)}"
            : $"{F(e.Input.Distribution.Min)}–{F(e.Input.Distribution.Max)}";
        return $"{Kind(e.Input.Kind)} of {issue.Actors[e.Input.Actor]} {range}{(e.RangeStated ? string.Empty : " (probe)")} → {At(scale, e.AtMinimum)} to {At(scale, e.AtMaximum)}";
    }

    private static string VetoAware(IssueForecast issue, VetoAwareForecast aware) =>
        aware.NoneAcceptable ? "none: no outcome all accept"
        : aware.Value is not double v ? "–"
        : aware.Moved ? $"→ {At(issue.Scale, v)}"
        : "unchanged";

    private static string Kind(ForecastInputKind kind) => kind.ToString().ToLowerInvariant();

    private static string At(IssueScale scale, double axis) =>
        ForecastWording.Value(scale.ToIssueValue(axis), ForecastWording.Option(scale, axis), scale.Unit);

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
