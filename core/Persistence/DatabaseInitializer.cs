using ItaBot.Core.Calendar;
using ItaBot.Core.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ItaBot.Core.Persistence;

/// <summary>Brings the database to the latest migration and, when it holds no plan yet, loads the demo plan.</summary>
public sealed class DatabaseInitializer(ItaBotDbContext db, PlanImporter importer, FiscalCalendar calendar, TimeProvider time)
{
    // Any fixed number will do, as long as nothing else in the database takes the same advisory lock.
    private const long MigrationLock = 0x17AB07_0001;

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        if (db.Database.ProviderName != ItaBotDbContext.SqliteProvider)
        {
            await MigrateOneProcessAtATimeAsync(cancellationToken);
            return;
        }

        await db.Database.MigrateAsync(cancellationToken);

        // Write-ahead logging lets the webhook commit events while handlers read, instead of waiting on each other.
        // The setting is kept in the file.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
    }

    /// <summary>
    /// On PostgreSQL several processes may start at once on one database. EF applies each migration in a transaction of
    /// its own, so two processes both applying the whole set collide on the history table; a session lock on the
    /// context's connection lets one migrate while the other waits, then finds nothing left to do.
    /// </summary>
    private async Task MigrateOneProcessAtATimeAsync(CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({MigrationLock})", cancellationToken);
            try
            {
                // EF reads the migration history before it makes the table, and on PostgreSQL that first read fails and
                // is logged as an error although nothing is wrong (npgsql/efcore.pg#3407). With the table made first,
                // a healthy first start logs no error.
                await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
                await db.Database.MigrateAsync(cancellationToken);
            }
            finally
            {
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({MigrationLock})", CancellationToken.None);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The id of the demo plan when it was loaded now; null when the database held a plan already.</summary>
    public async Task<int?> LoadDemoPlanIfEmptyAsync(CancellationToken cancellationToken)
    {
        if (await db.Plans.AnyAsync(cancellationToken))
        {
            return null;
        }

        try
        {
            return (await importer.ImportAsync(DemoPlan.ForYear(calendar.CurrentYear.BuddhistYear, time.GetUtcNow()), cancellationToken)).PlanId;
        }
        catch (DbUpdateException)
        {
            // Two processes started at once on one empty database: the plan's unique key let only the other load it.
            db.ChangeTracker.Clear();
            if (!await db.Plans.AnyAsync(cancellationToken))
            {
                throw;
            }

            return null;
        }
    }
}
