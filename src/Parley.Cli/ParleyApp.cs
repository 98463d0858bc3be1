using System.Reflection;
using Parley.Cli.Commands;
using Parley.Cli.Rendering;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Parley.Cli;

/// <summary>Builds the command tree. Separate from <see cref="Program"/> so tests can run commands against a recording console.</summary>
public static class ParleyApp
{
    /// <summary>The version printed by <c>parley --version</c>.</summary>
    public static string Version =>
        typeof(ParleyApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    /// <summary>Runs <paramref name="args"/> writing to <paramref name="console"/>; returns the exit code.</summary>
    public static int Run(string[] args, IAnsiConsole console) => Run(args, console, console, CancellationToken.None);

    /// <summary>
    /// Runs <paramref name="args"/> writing results to <paramref name="console"/>; commands stop with exit code 130
    /// when <paramref name="cancellationToken"/> is cancelled (Ctrl+C, or a caller's time budget).
    /// </summary>
    public static int Run(string[] args, IAnsiConsole console, CancellationToken cancellationToken) => Run(args, console, console, cancellationToken);

    /// <summary>
    /// Runs <paramref name="args"/> writing results to <paramref name="console"/> (stdout) and diagnostics, errors
    /// and progress to <paramref name="errors"/> (stderr).
    /// </summary>
    public static int Run(string[] args, IAnsiConsole console, IAnsiConsole errors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(errors);
        var app = new CommandApp();
        app.Configure(config =>
        {
            var channel = new OutputChannel(console, errors);
            config.Settings.Registrar.RegisterInstance(channel);
            config.SetInterceptor(new CommandNameInterceptor(channel));
            config.SetApplicationName("parley");
            config.SetApplicationVersion(Version);
            config.Settings.StrictParsing = true;
            config.ConfigureConsole(console);
            config.SetExceptionHandler((ex, _) => HandleException(errors, ex));
            config.AddCommand<AnalyzeCommand>("analyze")
                .WithDescription("Run every lens under every lever, test the claims, and write a report.")
                .WithExample("analyze", "scenarios/istanbul-2025.yaml", "--out", "report")
                .WithExample("analyze", "scenarios/istanbul-2025.yaml", "--lever", "us-halts-aid+eu-tightens-sanctions", "--format", "json");
            config.AddCommand<CompareCommand>("compare")
                .WithDescription("Show the difference levers make, lens by lens, against the scenario as given.")
                .WithExample("compare", "scenarios/istanbul-2025.yaml", "--lever", "us-halts-aid", "--lever", "eu-tightens-sanctions");
            config.AddCommand<CheckCommand>("check")
                .WithDescription("Check any input (scenario, .gmcr, KTAB, EUM, DEU, GENIUS or GeniusWeb domain and profiles) and print an overview of it, or every problem with its line and column.")
                .WithExample("check", "scenarios/istanbul-2025.yaml")
                .WithExample("check", "Elmira.gmcr")
                .WithExample("check", "domain.xml", "profile1.xml", "profile2.xml");
            config.AddCommand<AgreeCommand>("agree")
                .WithDescription("Is there a deal every party could accept? What blocks it, where is common ground, which deals are fair, how do proposals fare.")
                .WithExample("agree", "scenarios/istanbul-2025.yaml")
                .WithExample("agree", "scenarios/istanbul-2025.yaml", "--track", "humanitarian", "--format", "json")
                .WithExample("agree", "domain.xml", "profile1.xml", "profile2.xml");
            config.AddCommand<StabilityCommand>("stability")
                .WithDescription("Which states are stable standoffs, why (the sanction behind each verdict), and how the status quo can move to them.")
                .WithExample("stability", "scenarios/istanbul-2025.yaml", "--from-status-quo")
                .WithExample("stability", "Elmira.gmcr", "--concept", "gmr", "--format", "json")
                .WithExample("stability", "scenarios/istanbul-2025.yaml", "--coalition", "US,EU", "--lever", "us-halts-aid");
            config.AddCommand<ForecastCommand>("forecast")
                .WithDescription("Where will contested issues settle, and how sure is that? Static baselines, the expected utility model and a KTAB-style spatial model, with Monte Carlo over uncertain inputs.")
                .WithExample("forecast", "scenarios/istanbul-2025.yaml")
                .WithExample("forecast", "SOE-Pol-Comp.csv", "--model", "spatial-politics", "--format", "json")
                .WithExample("forecast", "actors.csv", "--model", "expected-utility", "--runs", "10000", "--seed", "7");
            config.AddCommand<ForecastEvalCommand>("forecast-eval")
                .WithDescription("Score the forecast models against recorded EU decisions (DEU III): mean absolute error per model, fitted parameters cross-validated.")
                .WithExample("forecast-eval", "deu3.csv");
            config.AddCommand<DynamicsCommand>("dynamics")
                .WithDescription("When, along the horizon, is a deal possible on each track, as walk-away values drift and levers start?")
                .WithExample("dynamics", "scenarios/istanbul-2025.yaml", "--lever", "us-halts-aid");
            config.AddCommand<EndStatesCommand>("endstates")
                .WithDescription("Where does it end? Each named end state's probability, reachability from the status quo and equilibria, as given and under each lever.");
            config.AddCommand<ServeCommand>("serve")
                .WithDescription("Start the browser workspace and its HTTP API on this machine (loopback, port 5180; SQLite in the data folder, or PostgreSQL).")
                .WithExample("serve")
                .WithExample("serve", "--port", "8080", "--data", "parley-data");
            config.AddCommand<SweepCommand>("sweep")
                .WithDescription("Run a sweep over scenarios, lever combinations, dates, figure grids and draws: locally on all cores, or on a cluster (--cluster). One Parquet row per variant and answer.")
                .WithExample("sweep", "sweeps/istanbul-claims.yaml")
                .WithExample("sweep", "spec.yaml", "--cluster", "Host=db;Username=parley;Password=...;Database=parley")
                .WithExample("sweep", "--resume", "istanbul-claims-1a2b3c4d", "--cluster", "Host=db;Username=parley;Password=...;Database=parley");
            config.AddCommand<WorkerCommand>("worker")
                .WithDescription("Join the cluster in a PostgreSQL database and compute sweep pieces until stopped.")
                .WithExample("worker", "--database", "Host=db;Username=parley;Password=...;Database=parley", "--threads", "8");
            config.AddCommand<SimulateCommand>("simulate")
                .WithDescription("How do negotiators with given strategies fare on each track, as walk-away values drift?")
                .WithExample("simulate", "scenarios/istanbul-2025.yaml", "--track", "humanitarian")
                .WithExample("simulate", "domain.xml", "profile1.xml", "profile2.xml", "--budget", "60");
        });
        return app.Run(args, cancellationToken);
    }

    // Usage mistakes get a sentence and exit code 2; a defect in Parley gets a sentence and 70, never a stack trace.
    private static int HandleException(IAnsiConsole console, Exception ex)
    {
        // Parallel lens runs wrap what failed; show the failure itself, never the wrapper.
        while (ex is AggregateException { InnerExceptions.Count: > 0 } aggregate)
        {
            ex = aggregate.InnerExceptions.FirstOrDefault(e => e is OperationCanceledException) ?? aggregate.InnerExceptions[0];
        }

        if (ex is CommandParseException or CommandRuntimeException or CommandConfigurationException)
        {
            console.MarkupLine($"[red]Usage error:[/] {Markup.Escape(ex.Message)}");
            console.MarkupLine("Run [bold]parley --help[/] for the commands and their options.");
            return ExitCodes.UsageError;
        }

        if (ex is OperationCanceledException)
        {
            console.MarkupLine("[yellow]Cancelled.[/] Nothing was written.");
            return ExitCodes.Cancelled;
        }

        console.MarkupLine($"[red]Parley failed:[/] {Markup.Escape(ex.GetType().Name)}: {Markup.Escape(ex.Message)}");
        console.MarkupLine("This is a bug in Parley. Please report it with the command and the input file.");
        return ExitCodes.InternalError;
    }
}
