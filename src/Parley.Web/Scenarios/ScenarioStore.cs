using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Parley.Web.Data;

namespace Parley.Web.Scenarios;

/// <summary>
/// The workspace's scenarios, versions and shares, with access decided here once for the API and the UI:
/// a user sees a scenario only when they own it or it was shared with them. Every write is one transaction.
/// </summary>
public sealed class ScenarioStore(ParleyDbContext db, TimeProvider time)
{
    /// <summary>The user's role on the scenario, or null when it does not exist or they may not see it.</summary>
    public async Task<ShareRole?> RoleOf(string userId, Guid scenarioId, CancellationToken cancellationToken)
    {
        var owner = await db.Scenarios.AsNoTracking().Where(s => s.Id == scenarioId).Select(s => s.OwnerId).FirstOrDefaultAsync(cancellationToken);
        if (owner is null)
        {
            return null;
        }

        if (owner == userId)
        {
            return ShareRole.Owner;
        }

        var share = await db.ScenarioShares.AsNoTracking().Where(s => s.ScenarioId == scenarioId && s.UserId == userId).Select(s => (ShareRole?)s.Role).FirstOrDefaultAsync(cancellationToken);
        return share;
    }

    /// <summary>The number of the scenario's latest version, or null when it does not exist (no access check).</summary>
    public Task<int?> LatestVersion(Guid scenarioId, CancellationToken cancellationToken) =>
        db.Scenarios.AsNoTracking().Where(s => s.Id == scenarioId).Select(s => (int?)s.LatestVersion).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The user's scenarios and those shared with them, latest first.</summary>
    public async Task<IReadOnlyList<ScenarioSummary>> List(string userId, CancellationToken cancellationToken)
    {
        var owned = await db.Scenarios.AsNoTracking()
            .Where(s => s.OwnerId == userId)
            .Select(s => new { s.Id, s.Title, s.LatestVersion, s.UpdatedAt, Role = ShareRole.Owner, s.OwnerId })
            .ToListAsync(cancellationToken);
        var shared = await db.ScenarioShares.AsNoTracking()
            .Where(x => x.UserId == userId)
            .Join(db.Scenarios, x => x.ScenarioId, s => s.Id, (x, s) => new { s.Id, s.Title, s.LatestVersion, s.UpdatedAt, x.Role, s.OwnerId })
            .ToListAsync(cancellationToken);
        var all = owned.Concat(shared).ToList();
        var ownerIds = all.Select(a => a.OwnerId).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => ownerIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Email ?? u.UserName ?? u.Id, cancellationToken);
        return [.. all
            .OrderByDescending(a => a.UpdatedAt).ThenBy(a => a.Title, StringComparer.Ordinal)
            .Select(a => new ScenarioSummary(a.Id, a.Title, a.LatestVersion, RoleName(a.Role), names.GetValueOrDefault(a.OwnerId, "?"), a.UpdatedAt))];
    }

    /// <summary>A version of the scenario (the latest when <paramref name="version"/> is null), or null when the user may not see it or it does not exist.</summary>
    public async Task<ScenarioVersion?> Read(string userId, Guid scenarioId, int? version, CancellationToken cancellationToken)
    {
        if (await RoleOf(userId, scenarioId, cancellationToken) is not { } role)
        {
            return null;
        }

        return await ReadUnchecked(scenarioId, version, role, cancellationToken);
    }

    /// <summary>A version's YAML without an access check: for the grain that owns that version.</summary>
    public async Task<ScenarioVersion?> ReadUnchecked(Guid scenarioId, int? version, ShareRole role, CancellationToken cancellationToken)
    {
        var scenario = await db.Scenarios.AsNoTracking().FirstOrDefaultAsync(s => s.Id == scenarioId, cancellationToken);
        if (scenario is null)
        {
            return null;
        }

        int number = version ?? scenario.LatestVersion;
        var v = await db.ScenarioVersions.AsNoTracking().FirstOrDefaultAsync(x => x.ScenarioId == scenarioId && x.Number == number, cancellationToken);
        return v is null ? null : new ScenarioVersion(scenarioId, v.Title, v.Number, scenario.LatestVersion, RoleName(role), v.Yaml, v.Sha256);
    }

    /// <summary>Creates a scenario owned by the user with its first version.</summary>
    public async Task<(Guid Id, int Version)> Create(string userId, string title, string yaml, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var scenario = new ScenarioRecord { Id = Guid.NewGuid(), OwnerId = userId, Title = title, LatestVersion = 1, CreatedAt = now, UpdatedAt = now };
        scenario.Versions.Add(NewVersion(scenario.Id, 1, title, yaml, userId, now));
        db.Scenarios.Add(scenario);
        await db.SaveChangesAsync(cancellationToken);
        return (scenario.Id, 1);
    }

    /// <summary>
    /// Saves a new version when the user may edit: returns its number, or null when the user may not edit or
    /// the scenario does not exist. Two saves at once both succeed, one after the other.
    /// </summary>
    public async Task<int?> Save(string userId, Guid scenarioId, string title, string yaml, CancellationToken cancellationToken)
    {
        for (int attempt = 0; ; attempt++)
        {
            if (await RoleOf(userId, scenarioId, cancellationToken) is not >= ShareRole.Editor)
            {
                return null;
            }

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var scenario = await db.Scenarios.FirstOrDefaultAsync(s => s.Id == scenarioId, cancellationToken);
            if (scenario is null)
            {
                return null;
            }

            var now = time.GetUtcNow().UtcDateTime;
            int number = scenario.LatestVersion + 1;
            scenario.LatestVersion = number;
            scenario.Title = title;
            scenario.UpdatedAt = now;
            db.ScenarioVersions.Add(NewVersion(scenarioId, number, title, yaml, userId, now));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return number;
            }
            catch (Exception ex) when (ex is DbUpdateException or System.Data.Common.DbException && attempt < 5)
            {
                // Another save took this number first: read the new latest version and try the next one.
                await transaction.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>Deletes the scenario with its versions and shares; true when the user owns it and it was deleted.</summary>
    public async Task<bool> Delete(string userId, Guid scenarioId, CancellationToken cancellationToken)
    {
        if (await RoleOf(userId, scenarioId, cancellationToken) is not ShareRole.Owner)
        {
            return false;
        }

        int deleted = await db.Scenarios.Where(s => s.Id == scenarioId).ExecuteDeleteAsync(cancellationToken);
        return deleted == 1;
    }

    /// <summary>The scenario's versions, newest first, or null when the user may not see it.</summary>
    public async Task<IReadOnlyList<VersionSummary>?> Versions(string userId, Guid scenarioId, CancellationToken cancellationToken)
    {
        if (await RoleOf(userId, scenarioId, cancellationToken) is null)
        {
            return null;
        }

        var rows = await db.ScenarioVersions.AsNoTracking()
            .Where(v => v.ScenarioId == scenarioId)
            .OrderByDescending(v => v.Number)
            .Select(v => new { v.Number, v.Title, v.AuthorId, v.CreatedAt, v.Sha256 })
            .ToListAsync(cancellationToken);
        var authorIds = rows.Select(r => r.AuthorId).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => authorIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Email ?? u.Id, cancellationToken);
        return [.. rows.Select(r => new VersionSummary(r.Number, r.Title, names.GetValueOrDefault(r.AuthorId, "?"), DateTime.SpecifyKind(r.CreatedAt, DateTimeKind.Utc), r.Sha256))];
    }

    /// <summary>Shares the scenario with the account of <paramref name="email"/>; the caller must have checked that the user owns it.</summary>
    public async Task<ShareOutcome> Share(Guid scenarioId, string email, ShareRole role, CancellationToken cancellationToken)
    {
        string normalized = email.Trim().ToUpperInvariant();
        var user = await db.Users.FirstOrDefaultAsync(u => u.NormalizedEmail == normalized, cancellationToken);
        if (user is null)
        {
            return ShareOutcome.NoSuchUser;
        }

        var scenario = await db.Scenarios.FirstAsync(s => s.Id == scenarioId, cancellationToken);
        if (scenario.OwnerId == user.Id)
        {
            return ShareOutcome.IsOwner;
        }

        var share = await db.ScenarioShares.FirstOrDefaultAsync(s => s.ScenarioId == scenarioId && s.UserId == user.Id, cancellationToken);
        if (share is null)
        {
            db.ScenarioShares.Add(new ScenarioShareRecord { ScenarioId = scenarioId, UserId = user.Id, Role = role });
        }
        else
        {
            share.Role = role;
        }

        await db.SaveChangesAsync(cancellationToken);
        return ShareOutcome.Shared;
    }

    /// <summary>The name of a role as the API and the UI show it.</summary>
    public static string RoleName(ShareRole role) => role switch
    {
        ShareRole.Owner => "owner",
        ShareRole.Editor => "editor",
        _ => "viewer",
    };

    /// <summary>SHA-256 of the YAML's UTF-8 bytes in lower-case hex.</summary>
    public static string Hash(string yaml) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(yaml)));

    private static ScenarioVersionRecord NewVersion(Guid scenarioId, int number, string title, string yaml, string userId, DateTime now) =>
        new() { ScenarioId = scenarioId, Number = number, Title = title, Yaml = yaml, Sha256 = Hash(yaml), AuthorId = userId, CreatedAt = now };
}
