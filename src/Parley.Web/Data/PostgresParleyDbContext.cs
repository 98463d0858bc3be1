using Microsoft.EntityFrameworkCore;

namespace Parley.Web.Data;

/// <summary>The workspace database on PostgreSQL (for teams: given by a connection string).</summary>
public sealed class PostgresParleyDbContext(DbContextOptions<PostgresParleyDbContext> options) : ParleyDbContext(options)
{
}
