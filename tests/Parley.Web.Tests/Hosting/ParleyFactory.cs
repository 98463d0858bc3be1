using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Parley.Tests;

namespace Parley.Web.Tests.Hosting;

/// <summary>The workspace in process, on a fresh SQLite data folder or a fresh PostgreSQL database, with its silo on free ports.</summary>
public sealed class ParleyFactory : WebApplicationFactory<Program>
{
    private readonly string data = Path.Combine(Path.GetTempPath(), "parley-web-tests", Guid.NewGuid().ToString("N"));
    private readonly string? postgres;

    public ParleyFactory(DatabaseKind kind)
    {
        Kind = kind;
        postgres = kind == DatabaseKind.Postgres ? PostgresServer.NewDatabase() : null;
    }

    public DatabaseKind Kind { get; }

    /// <summary>Where the workspace keeps its scenarios: its PostgreSQL connection string, or its data folder (SQLite).</summary>
    public string DatabaseLocation => postgres ?? data;

    public LogCapture Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("data", data);

        // What the tests check is the answer, not its speed (that is the load benchmark's): on a loaded build machine
        // running every test project at once, a what-if may take longer than the 15 s a user is given.
        // For the same reason reports and comparisons get 600 s, and heavy analyses four threads: the suite runs many of
        // them at once (SQLite and PostgreSQL side by side), which one thread on a two-core machine would queue.
        builder.UseSetting("Parley:WhatIfSeconds", "300");
        builder.UseSetting("Parley:ReportSeconds", "600");
        builder.UseSetting("Parley:AnalysisThreads", "4");
        builder.UseSetting("Orleans:SiloPort", FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Orleans:GatewayPort", FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (postgres is not null)
        {
            builder.UseSetting("database", postgres);
        }

        builder.ConfigureServices(s =>
        {
            s.AddSingleton<ILoggerProvider>(Logs);

            // Stopping the silo (its grains, two databases' connections) on a loaded CI machine can take longer than
            // the host's default 30 s; a slow stop is not what these tests test.
            s.Configure<Microsoft.Extensions.Hosting.HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromMinutes(3));
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(data))
        {
            try
            {
                Directory.Delete(data, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open by a finishing background thread: the temp folder is cleaned later.
            }
        }
    }
}
