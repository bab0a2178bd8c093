using ItaBot.Core.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Bot.Hosting;

internal static partial class ItaBotHost
{
    /// <summary>Everything every verb needs: settings, the domain, the conversation and the documents.</summary>
    public static IHostApplicationBuilder AddItaBot(this IHostApplicationBuilder builder)
    {
        builder.Configuration.AddRootAppSettings();
        builder.AddCore();
        builder.AddConversation();
        builder.AddDocuments();
        return builder;
    }

    /// <summary>Brings the database to the latest migration.</summary>
    public static async Task MigrateDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        EnsureDirectory(scope.ServiceProvider.GetRequiredService<ItaBotDbContext>());
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync(cancellationToken);
    }

    /// <summary>Migrates the database and loads the demo plan when it holds none.</summary>
    public static async Task InitializeDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken)
    {
        await services.MigrateDatabaseAsync(cancellationToken);
        await using var scope = services.CreateAsyncScope();
        if (await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().LoadDemoPlanIfEmptyAsync(cancellationToken) is { } plan)
        {
            var logger = services.GetRequiredService<ILogger<DatabaseInitializer>>();
            LogDemoPlanLoaded(logger, plan);
        }
    }

    // SQLite creates the file but not the folder it is in; "Data Source=data/itabot.db" should just work.
    private static void EnsureDirectory(ItaBotDbContext db)
    {
        if (db.Database.ProviderName != ItaBotDbContext.SqliteProvider)
        {
            return;
        }

        var file = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        var directory = Path.GetDirectoryName(Path.GetFullPath(file));
        if (file != ":memory:" && !string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The database held no plan; loaded the demo plan as plan {PlanId}")]
    private static partial void LogDemoPlanLoaded(ILogger logger, int planId);
}
