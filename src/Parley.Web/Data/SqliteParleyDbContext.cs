using Microsoft.EntityFrameworkCore;

namespace Parley.Web.Data;

/// <summary>The workspace database on SQLite (the default: one file in the data folder, WAL mode).</summary>
public sealed class SqliteParleyDbContext(DbContextOptions<SqliteParleyDbContext> options) : ParleyDbContext(options)
{
}
