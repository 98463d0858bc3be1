using System.ComponentModel;
using Parley.Cli.Commands;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Parley.Cli;

/// <summary>Settings of <c>parley sweep</c>.</summary>
public sealed class SweepSettings : CommandSettings
{
    /// <summary>The sweep spec.</summary>
    [CommandArgument(0, "[SPEC]")]
    [Description("The sweep spec (YAML, docs/sweeps.md). Not needed with --resume.")]
    public string? Spec { get; init; }

    /// <summary>Run on the cluster whose database this is.</summary>
    [CommandOption("--cluster <CONNECTION>")]
    [Description("Run on the Orleans cluster whose membership and state live in this PostgreSQL database (workers: parley worker, parley serve). Default: locally, on all cores.")]
    public string? Cluster { get; init; }

    /// <summary>The workspace whose scenarios the spec names by id.</summary>
    [CommandOption("--workspace <DIR|CONNECTION>")]
    [Description("The workspace whose scenarios the spec names as workspace:ID[[@VERSION]]: its data folder (parley serve --data DIR) or its PostgreSQL connection string. Default with --cluster: the cluster's database.")]
    public string? Workspace { get; init; }

    /// <summary>Resume a stored sweep.</summary>
    [CommandOption("--resume <ID>")]
    [Description("Finish the sweep stored under this id in the cluster's database (needs --cluster): pieces already done are not computed again.")]
    public string? Resume { get; init; }

    /// <summary>The sweep's id on the cluster.</summary>
    [CommandOption("--id <ID>")]
    [Description("The id to store the sweep under on the cluster (letters, digits, '-'). Default: a new one, printed at the start.")]
    public string? Id { get; init; }

    /// <summary>The Parquet file.</summary>
    [CommandOption("-o|--output <FILE>")]
    [Description("The Parquet file to write (one row per variant and answer). Default: SWEEP.parquet in the current folder.")]
    public string? Output { get; init; }

    /// <summary>The HTML page.</summary>
    [CommandOption("--html <FILE>")]
    [Description("Also write the summary as an HTML page.")]
    public string? Html { get; init; }

    /// <summary>Text or JSON summary.</summary>
    [CommandOption("--format <FORMAT>")]
    [Description("text (default) or json: the summary on standard output.")]
    public OutputFormat Format { get; init; } = OutputFormat.Text;

    /// <summary>The largest sweep run.</summary>
    [CommandOption("--max-pieces <N>")]
    [Description("Refuse a sweep of more pieces than this. Default 100000.")]
    public long MaxPieces { get; init; } = 100_000;

    /// <summary>Wall-clock budget.</summary>
    [CommandOption("--budget <SECONDS>")]
    [Description("Stop after this many seconds (exit 130). On a cluster the pieces done stay stored for --resume. Default: 0, no limit.")]
    public int BudgetSeconds { get; init; }

    /// <summary>Local threads.</summary>
    [CommandOption("--threads <N>")]
    [Description("Locally: pieces computed at a time. Default: all cores.")]
    public int? Threads { get; init; }

    /// <summary>Pieces asked of the cluster at a time.</summary>
    [CommandOption("--parallel <N>")]
    [Description("On a cluster: pieces asked for at a time (each worker computes only as many as its --threads). Default: four per worker.")]
    public int Parallel { get; init; }

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        if (Spec is null && Resume is null)
        {
            return ValidationResult.Error("Name a sweep spec (parley sweep SPEC.yaml), or a stored sweep with --resume ID --cluster CONNECTION.");
        }

        if (Resume is not null && Cluster is null)
        {
            return ValidationResult.Error("--resume needs --cluster: the pieces done are stored in the cluster's database.");
        }

        if (Cluster is not null && Parley.Cluster.Hosting.ClusterConnection.Problem(Cluster) is { } problem)
        {
            return ValidationResult.Error("--cluster: " + problem);
        }

        if (Spec is not null && Resume is not null)
        {
            return ValidationResult.Error("Give a spec or --resume ID, not both: a resumed sweep is read from the cluster.");
        }

        string? id = Resume ?? Id;
        if (id is not null && (id.Length is 0 or > 100 || !id.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')))
        {
            return ValidationResult.Error($"A sweep id is 1 to 100 letters, digits or '-', not '{id}'.");
        }

        return MaxPieces < 1 || BudgetSeconds < 0 || Threads is < 1 || Parallel < 0
            ? ValidationResult.Error("--max-pieces, --threads and --parallel must be at least 1, --budget at least 0.")
            : ValidationResult.Success();
    }
}
