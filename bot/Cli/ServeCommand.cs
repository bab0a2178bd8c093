using ItaBot.Bot.Hosting;
using ItaBot.Bot.Web;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace ItaBot.Bot.Cli;

/// <summary>The web server: health endpoint now, the LINE webhook and the jobs as they arrive.</summary>
internal static partial class ServeCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddItaBot();
        var app = builder.Build();
        await app.Services.InitializeDatabaseAsync(app.Lifetime.ApplicationStopping);
        app.MapHealth();
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = Addresses(app);
            LogListening(app.Logger, addresses);
        });
        await app.RunAsync();
        return 0;
    }

    private static string Addresses(WebApplication app) =>
        string.Join(", ", app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? []);

    [LoggerMessage(Level = LogLevel.Information, Message = "ItaBot พร้อมให้บริการที่ / listening on {Addresses} (GET /healthz)")]
    private static partial void LogListening(ILogger logger, string addresses);
}
