using ItaBot.Bot.Hosting;
using ItaBot.Bot.Line;
using ItaBot.Bot.Pipeline;
using ItaBot.Bot.Scheduling;
using Microsoft.Extensions.Options;

namespace ItaBot.Bot.Web;

/// <summary>The web server of <c>serve</c>: the domain, the LINE channel, and its endpoints.</summary>
public static partial class BotWebApp
{
    /// <summary>
    /// The app, with <paramref name="configure"/> run after the bot's services are added, to add or replace some.
    /// Settings that choose services (<c>Database:Provider</c>, <c>Jobs:Enabled</c>) must come in <paramref name="args"/>.
    /// </summary>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddItaBot();
        builder.AddLine();
        builder.AddScheduler();
        builder.Services.AddMemoryCache();
        builder.Services.AddOptions<PublicOptions>().BindConfiguration(PublicOptions.Section);
        configure?.Invoke(builder);
        var app = builder.Build();
        app.MapHealth();
        app.MapLineWebhook();
        app.MapPhotos();
        app.MapDocuments();
        app.MapPublicPages();
        app.MapPublicProgressPages();
        app.MapJobs();
        return app;
    }

    /// <summary>Migrates the database, loads the demo plan when it is empty, and says plainly if LINE is not set up.</summary>
    public static async Task PrepareAsync(this WebApplication app, CancellationToken cancellationToken)
    {
        await app.Services.InitializeDatabaseAsync(cancellationToken);
        if (!app.Services.GetRequiredService<IOptions<LineOptions>>().Value.IsConfigured)
        {
            LogLineNotConfigured(app.Logger);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message =
        "ยังไม่ได้ตั้งค่า LINE: POST /line/webhook ตอบ 503 จนกว่าจะตั้ง Line:ChannelSecret และ Line:ChannelAccessToken / " +
        "LINE is not configured: POST /line/webhook answers 503 until Line:ChannelSecret and Line:ChannelAccessToken are set")]
    private static partial void LogLineNotConfigured(ILogger logger);
}
