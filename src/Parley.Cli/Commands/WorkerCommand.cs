using System.ComponentModel;
using System.Net;
using Microsoft.Extensions.Hosting;
using Orleans.Hosting;
using Parley.Cluster.Hosting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley worker</c>: an Orleans silo that joins the cluster in the given PostgreSQL database and computes sweep
/// pieces until stopped (Ctrl+C or SIGTERM). Any number may run, on any machines that reach the database and each other.
/// </summary>
[Description("Join the cluster in a PostgreSQL database and compute sweep pieces until stopped.")]
public sealed class WorkerCommand(IAnsiConsole console) : Command<WorkerSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, WorkerSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var cluster = new ClusterSettings(settings.Connection, settings.Port, settings.GatewayPort, settings.Advertise is null ? null : IPAddress.Parse(settings.Advertise))
        {
            Threads = settings.Threads ?? Environment.ProcessorCount,
        };
        using var host = new HostBuilder().UseOrleans(silo => silo.ConfigureParley(cluster)).Build();
        try
        {
            host.StartAsync(cancellationToken).GetAwaiter().GetResult();
        }
        catch (Exception ex) when (ex is Npgsql.NpgsqlException or System.Net.Sockets.SocketException or OrleansException or TimeoutException or InvalidOperationException)
        {
            console.MarkupLine($"[red]The worker could not join the cluster:[/] {Markup.Escape(ex.Message)}");
            console.MarkupLine("Check the connection string (parley worker --database ...), that PostgreSQL is reachable, and that ports --port and --gateway-port are free.");
            return ExitCodes.InputErrors;
        }

        console.MarkupLine($"Worker joined the cluster as {cluster.AddressToAdvertise()}:{cluster.SiloPort} (gateway {cluster.GatewayPort}); computing up to {cluster.Threads} piece(s) at a time. Ctrl+C stops it.");
        // The host's console lifetime turns Ctrl+C and SIGTERM (systemd, docker stop) into an orderly stop: the silo
        // leaves the cluster, so the others need not wait to declare it dead.
        host.WaitForShutdownAsync(cancellationToken).GetAwaiter().GetResult();
        console.MarkupLine("Worker stopped; it left the cluster.");
        return ExitCodes.Ok;
    }
}
