using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Parley.Web.Data;

/// <summary>
/// The workspace's database: Identity's accounts plus scenarios, their versions and shares. One subclass per
/// provider (<see cref="SqliteParleyDbContext"/>, <see cref="PostgresParleyDbContext"/>) carries that
/// provider's migrations.
/// </summary>
public abstract class ParleyDbContext(DbContextOptions options) : IdentityDbContext<ParleyUser>(options)
{
    public DbSet<ScenarioRecord> Scenarios => Set<ScenarioRecord>();

    public DbSet<ScenarioVersionRecord> ScenarioVersions => Set<ScenarioVersionRecord>();

    public DbSet<ScenarioShareRecord> ScenarioShares => Set<ScenarioShareRecord>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<ScenarioRecord>(e =>
        {
            e.ToTable("Scenarios");
            e.HasKey(s => s.Id);
            e.Property(s => s.OwnerId).HasMaxLength(450);
            e.Property(s => s.Title).HasMaxLength(500);
            e.HasOne<ParleyUser>().WithMany().HasForeignKey(s => s.OwnerId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(s => s.OwnerId);
            e.HasMany(s => s.Versions).WithOne().HasForeignKey(v => v.ScenarioId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(s => s.Shares).WithOne().HasForeignKey(v => v.ScenarioId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<ScenarioVersionRecord>(e =>
        {
            e.ToTable("ScenarioVersions");
            e.HasKey(v => new { v.ScenarioId, v.Number });
            e.Property(v => v.Title).HasMaxLength(500);
            e.Property(v => v.Sha256).HasMaxLength(64);
            e.Property(v => v.AuthorId).HasMaxLength(450);
        });
        builder.Entity<ScenarioShareRecord>(e =>
        {
            e.ToTable("ScenarioShares");
            e.HasKey(s => new { s.ScenarioId, s.UserId });
            e.Property(s => s.UserId).HasMaxLength(450);
            e.HasOne<ParleyUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(s => s.UserId);
        });
    }
}
