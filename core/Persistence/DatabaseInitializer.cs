using ItaBot.Core.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace ItaBot.Core.Persistence;

/// <summary>Brings the database to the latest migration and, when it holds no plan yet, loads the demo plan.</summary>
public sealed partial class DatabaseInitializer(ItaBotDbContext db, PlanImporter importer, ILogger<DatabaseInitializer> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.ProviderName == ItaBotDbContext.SqliteProvider)
        {
            // Write-ahead logging lets the webhook commit events while handlers read, instead of waiting on each other.
            // The setting is kept in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }

    public async Task LoadDemoPlanIfEmptyAsync(CancellationToken cancellationToken)
    {
        if (await db.Plans.AnyAsync(cancellationToken))
        {
            return;
        }

        try
        {
            var result = await importer.ImportAsync(DemoPlan.Read(), cancellationToken);
            LogDemoPlanLoaded(result.PlanId);
        }
        catch (DbUpdateException)
        {
            // Two processes started at once on one empty database: the plan's unique key let only the other load it.
            db.ChangeTracker.Clear();
            if (!await db.Plans.AnyAsync(cancellationToken))
            {
                throw;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The database held no plan; loaded the demo plan as plan {PlanId}")]
    private partial void LogDemoPlanLoaded(int planId);
}
