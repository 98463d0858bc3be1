using Microsoft.EntityFrameworkCore;
using Parley.Web.Data;

namespace Parley.Web.Hosting;

/// <summary>Creates or upgrades the database at start (EF Core migrations) and puts SQLite in WAL mode.</summary>
public static class DatabaseStartup
{
    /// <summary>Applies the migrations of the configured provider.</summary>
    public static async Task Migrate(IServiceProvider services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ParleyDbContext>();
        if (db.Database.IsSqlite())
        {
            // WAL survives a killed process without losing a committed transaction, and lets readers run beside the writer.
            await db.Database.OpenConnectionAsync(cancellationToken);
            try
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
                await db.Database.MigrateAsync(cancellationToken);
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }
        else
        {
            await db.Database.MigrateAsync(cancellationToken);
        }
    }
}
