using ItaBot.Core.Persistence;

namespace ItaBot.Bot.Hosting;

internal static class ItaBotHost
{
    /// <summary>Everything every verb needs: settings, the domain and the conversation.</summary>
    public static IHostApplicationBuilder AddItaBot(this IHostApplicationBuilder builder)
    {
        builder.Configuration.AddRootAppSettings();
        builder.AddCore();
        builder.AddConversation();
        return builder;
    }

    /// <summary>Migrates the database and loads the demo plan when it holds none.</summary>
    public static async Task InitializeDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var initializer = scope.ServiceProvider.GetRequiredService<DatabaseInitializer>();
        await initializer.MigrateAsync(cancellationToken);
        await initializer.LoadDemoPlanIfEmptyAsync(cancellationToken);
    }
}
