using ItaBot.Bot.Web;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace ItaBot.Bot.Cli;

/// <summary>The web server: the LINE webhook, the health endpoint, and the background work behind them.</summary>
internal static partial class ServeCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var app = BotWebApp.Build(args);
        await app.PrepareAsync(app.Lifetime.ApplicationStopping);
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

    [LoggerMessage(Level = LogLevel.Information, Message = "ItaBot พร้อมให้บริการที่ / listening on {Addresses} (POST /line/webhook, GET /healthz)")]
    private static partial void LogListening(ILogger logger, string addresses);
}
