using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Hosting;
using Parley.Cli.Rendering;
using Parley.Cluster.Hosting;
using Parley.Cluster.Sweeps;
using Parley.Core.Sweeps;
using Parley.Formats.Sweeps;
using Parley.Reports.Sweeps;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley sweep SPEC.yaml</c>: runs a sweep (docs/sweeps.md) locally on all cores, or on an Orleans cluster with
/// <c>--cluster</c>; states its size first, refuses beyond <c>--max-pieces</c>, honours <c>--budget</c> and Ctrl+C,
/// and writes one Parquet row per variant and answer, a summary, and optionally an HTML page.
/// </summary>
[Description("Run a sweep over scenarios, lever combinations, dates, figure grids and draws, locally or on a cluster.")]
public sealed class SweepCommand(OutputChannel output) : Command<SweepSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, SweepSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return Run(settings, cancellationToken).GetAwaiter().GetResult();
    }

    private async Task<int> Run(SweepSettings settings, CancellationToken cancellationToken)
    {
        bool json = settings.Format == OutputFormat.Json;
        var err = output.Errors;
        IHost? client = null;
        try
        {
            if (settings.Cluster is { } connection)
            {
                await ClusterSchema.Apply(connection, cancellationToken);
                client = new HostBuilder().UseOrleansClient(c => c.ConfigureParley(connection)).Build();
                await client.StartAsync(cancellationToken);
            }
        }
        catch (Exception ex) when (ex is Npgsql.NpgsqlException or OrleansException or System.Net.Sockets.SocketException or TimeoutException or InvalidOperationException)
        {
            err.MarkupLine($"[red]The cluster could not be reached:[/] {Markup.Escape(ex.Message)}");
            err.MarkupLine("Check the connection string, and that at least one worker runs (parley worker --database ..., or parley serve --database ...).");
            return ExitCodes.InputErrors;
        }

        using (client)
        {
            var grains = client?.Services.GetRequiredService<IClusterClient>();
            SweepInput input;
            if (settings.Resume is { } resume)
            {
                if (await grains!.GetGrain<ISweepGrain>(resume).Job() is not { } job)
                {
                    err.MarkupLine($"[red]No sweep '{Markup.Escape(resume)}' is stored in the cluster's database.[/] Check the id printed when the sweep started.");
                    return ExitCodes.InputErrors;
                }

                input = ClusterSweep.Input(job);
            }
            else
            {
                string? workspace = settings.Workspace ?? settings.Cluster;
                var files = SweepSpecReader.ReadFiles(settings.Spec!, workspace is null ? null : new WorkspaceDatabase(workspace));
                if (files.Value is not { } read)
                {
                    output.Diagnostics(files.Diagnostics, json);
                    return ExitCodes.InputErrors;
                }

                input = read;
            }

            var parsed = SweepSpecReader.Read(input);
            if (parsed.Value is not { } definition)
            {
                output.Diagnostics(parsed.Diagnostics, json);
                return ExitCodes.InputErrors;
            }

            string id = settings.Resume ?? settings.Id ?? $"{Slug(definition.Name)}-{Guid.NewGuid().ToString("N")[..8]}";
            err.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"Sweep [bold]{Markup.Escape(definition.Name)}[/] (id [bold]{Markup.Escape(id)}[/]): {definition.Variants.Length:N0} variant(s) × {definition.Draws:N0} draws = {definition.PieceCount:N0} piece(s) of up to {definition.DrawsPerPiece:N0} draws, {definition.Scenarios.Sum(s => s.Answers.Length):N0} answer(s)."));
            if (definition.PieceCount > settings.MaxPieces)
            {
                err.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"[red]The sweep has {definition.PieceCount:N0} pieces, more than --max-pieces {settings.MaxPieces:N0}.[/] Narrow the spec, raise draws-per-piece, or raise --max-pieces."));
                return ExitCodes.UsageError;
            }

            using var budget = Budget.Start(settings.BudgetSeconds, cancellationToken);
            bool interrupted = false;
            // Ctrl+C stops the client's host (its console lifetime): stop asking for pieces, and say how to resume.
            using var stopping = client?.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.Register(() =>
            {
                interrupted = true;
                budget.Cancel();
            });
            var clock = Stopwatch.StartNew();
            IReadOnlyDictionary<int, SweepPieceResult> results;
            if (grains is not null)
            {
                if (!await grains.GetGrain<ISweepGrain>(id).Define(ClusterSweep.Job(input)))
                {
                    err.MarkupLine($"[red]The id '{Markup.Escape(id)}' already holds a different sweep.[/] Choose another --id.");
                    return ExitCodes.UsageError;
                }

                results = await WithProgress(json, definition.PieceCount, 0, report => ClusterSweep.Run(grains, id, definition, report, settings.Parallel, budget.Token));
            }
            else
            {
                // The first piece is the sample the estimate is made from; it is kept, not computed again.
                var sample = Stopwatch.StartNew();
                var first = SweepPiece.Run(new SweepSessions(definition), 0, budget.Token);
                double perPiece = sample.Elapsed.TotalSeconds;
                int threads = settings.Threads ?? Environment.ProcessorCount;
                err.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"Estimated from one piece ({perPiece:0.###} s): about {perPiece * definition.PieceCount:N0} s of CPU, {perPiece * definition.PieceCount / threads:N0} s on {threads} thread(s)."));
                var done = new Dictionary<int, SweepPieceResult> { [0] = first };
                results = await WithProgress(json, definition.PieceCount, 1, report => Task.Run(() => LocalSweep.Run(definition, done, report, threads, budget.Token)));
            }

            long failed = results.Values.LongCount(r => r.Problem is not null);
            if (results.Count < definition.PieceCount)
            {
                string why = cancellationToken.IsCancellationRequested || interrupted ? "Cancelled" : $"The time budget of {settings.BudgetSeconds} s ran out";
                err.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"[yellow]{why}[/] after {results.Count:N0} of {definition.PieceCount:N0} pieces; nothing was written."));
                if (grains is not null)
                {
                    err.MarkupLine($"The pieces done are stored in the cluster: finish with [bold]parley sweep --resume {Markup.Escape(id)} --cluster ...[/]");
                }

                return ExitCodes.Cancelled;
            }

            var rows = SweepRows.Of(definition, results);
            string file = Path.GetFullPath(settings.Output ?? $"{Slug(definition.Name)}.parquet");
            await using (var stream = File.Create(file))
            {
                await SweepParquet.Write(rows, stream, CancellationToken.None);
            }

            var summary = new SweepSummary(definition.Name, id, definition.Seed, definition.Variants.Length, definition.PieceCount, results.Count, failed, definition.Draws, clock.Elapsed.TotalSeconds, "completed", file, rows);
            if (settings.Html is { } html)
            {
                await File.WriteAllTextAsync(html, SweepPage.Html(summary), CancellationToken.None);
            }

            if (json)
            {
                output.Output.Profile.Out.Writer.WriteLine(JsonSerializer.Serialize(summary, Json));
            }
            else
            {
                Render(summary, results);
            }

            return ExitCodes.Ok;
        }
    }

    private async Task<IReadOnlyDictionary<int, SweepPieceResult>> WithProgress(
        bool json,
        long total,
        long already,
        Func<Action<SweepPieceResult>, Task<IReadOnlyDictionary<int, SweepPieceResult>>> run)
    {
        long done = already;
        var clock = Stopwatch.StartNew();
        if (!output.LiveProgress(json))
        {
            // No live bar (JSON, or output redirected to a file): a line on stderr at most once a second, so a
            // sweep of an hour run under nohup or in CI still says how far it is.
            var lines = output.ProgressLines("sweep: pieces done", total);
            var pending = run(_ => Interlocked.Increment(ref done));
            while (!pending.IsCompleted)
            {
                await Task.WhenAny(pending, Task.Delay(1000));
                lines.Report(Interlocked.Read(ref done));
            }

            return await pending;
        }

        IReadOnlyDictionary<int, SweepPieceResult>? results = null;
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new ElapsedTimeColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask("pieces", maxValue: total);
                task.Value = already;
                var work = run(_ => Interlocked.Increment(ref done));
                while (!work.IsCompleted)
                {
                    await Task.WhenAny(work, Task.Delay(250));
                    long now = Interlocked.Read(ref done);
                    double rate = (now - already) / Math.Max(0.001, clock.Elapsed.TotalSeconds);
                    task.Value = now;
                    task.Description = string.Create(CultureInfo.InvariantCulture, $"pieces {now:N0}/{total:N0} · {rate:0.#}/s");
                }

                results = await work;
            });
        return results!;
    }

    private void Render(SweepSummary summary, IReadOnlyDictionary<int, SweepPieceResult> results)
    {
        var console = output.Output;
        var table = new Table().AddColumns("answer", "variants", "lowest", "highest");
        foreach (var answer in summary.Rows.GroupBy(r => r.Answer))
        {
            var values = answer.Select(r => r.Fraction ?? r.Median).Where(v => v is not null).Select(v => v!.Value).ToList();
            bool share = answer.First().Kind is "claim" or "agreement" or "stability" || answer.Any(r => r.Fraction is not null);
            string Show(double v) => share ? v.ToString("P1", CultureInfo.InvariantCulture) : v.ToString("0.###", CultureInfo.InvariantCulture);
            table.AddRow(
                Markup.Escape(answer.Key),
                answer.Count().ToString(CultureInfo.InvariantCulture),
                values.Count == 0 ? "—" : Show(values.Min()),
                values.Count == 0 ? "—" : Show(values.Max()));
        }

        console.Write(table);
        console.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"Truth values: share of draws in which they held; readings: the median over the draws. {summary.Rows.Length:N0} rows in [bold]{Markup.Escape(summary.Output!)}[/]; {summary.Pieces:N0} pieces in {summary.Seconds:0.0} s ({summary.Pieces / Math.Max(0.001, summary.Seconds):0.#} pieces/s)."));
        if (summary.Failed > 0)
        {
            console.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"[yellow]{summary.Failed:N0} piece(s) have a problem[/] (their rows carry it); the first:"));
            foreach (var problem in results.Values.Where(r => r.Problem is not null).OrderBy(r => r.Piece).Select(r => r.Problem!).Distinct().Take(3))
            {
                console.MarkupLine("  " + Markup.Escape(problem));
            }
        }
    }

    private static string Slug(string name)
    {
        var chars = name.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-').ToArray();
        string slug = new string(chars).Trim('-');
        return slug.Length == 0 ? "sweep" : slug[..Math.Min(40, slug.Length)];
    }

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
        WriteIndented = true,
    };
}
