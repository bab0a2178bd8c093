using ItaBot.Bot.Dialogs;
using ItaBot.Bot.Line;
using ItaBot.Bot.Line.Client;
using ItaBot.Bot.Pipeline;
using ItaBot.Bot.Pipeline.Inbox;
using ItaBot.Bot.Pipeline.Outbox;
using ItaBot.Bot.Web;
using ItaBot.Core.Messaging;
using Microsoft.Extensions.Options;

namespace ItaBot.Bot.Hosting;

internal static class LineServices
{
    /// <summary>The Messaging API client: enough for verbs that talk to LINE without receiving events.</summary>
    public static IHostApplicationBuilder AddLineClient(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<LineOptions>()
            .BindConfiguration(LineOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<LineRateLimit>();
        builder.Services.AddTransient<LineAuthHandler>();
        builder.Services.AddTransient<LineRetryHandler>();
        builder.Services.AddTransient<LineRateLimitHandler>();
        AddApi(builder.Services, LineMessagingClient.ApiClient, o => o.ApiBaseUrl);
        AddApi(builder.Services, LineMessagingClient.DataApiClient, o => o.DataApiBaseUrl);
        builder.Services.AddSingleton<LineMessagingClient>();
        return builder;
    }

    /// <summary>
    /// Writing to the outbox, with no worker to send: what a verb queues (a job's reminders, a person's menu) the
    /// server sends, at once if it is running, otherwise when it starts.
    /// </summary>
    public static IHostApplicationBuilder AddLineOutbox(this IHostApplicationBuilder builder)
    {
        builder.AddLineClient();
        builder.Services.AddSingleton<OutboxSignal>();
        builder.Services.AddSingleton<LineOutbox>();
        builder.Services.AddSingleton<PhotoLinks>();
        builder.Services.AddScoped<LineMessenger>();
        builder.Services.AddScoped<IMessenger>(services => services.GetRequiredService<LineMessenger>());
        return builder;
    }

    /// <summary>The channel: the webhook's inbox, the event handling and the outbox, each running in the background.</summary>
    public static IHostApplicationBuilder AddLine(this IHostApplicationBuilder builder)
    {
        builder.AddLineOutbox();
        builder.Services.AddSingleton<ChatLeases>();
        builder.Services.AddSingleton<InboxWriter>();
        builder.Services.AddHostedService(services => services.GetRequiredService<InboxWriter>());
        builder.Services.AddSingleton<InboxWorker>();
        builder.Services.AddHostedService(services => services.GetRequiredService<InboxWorker>());
        builder.Services.AddSingleton<OutboxWorker>();
        builder.Services.AddHostedService(services => services.GetRequiredService<OutboxWorker>());
        builder.Services.AddSingleton<OutboxSender>();
        builder.Services.AddScoped<EventAnswers>();
        builder.Services.AddSingleton<IPhotoSource, LinePhotoSource>();
        return builder;
    }

    private static void AddApi(IServiceCollection services, string name, Func<LineOptions, string> baseUrl) =>
        services.AddHttpClient(name, (services, client) =>
            {
                client.BaseAddress = new Uri(baseUrl(services.GetRequiredService<IOptions<LineOptions>>().Value).TrimEnd('/') + "/");

                // Each try has its own time limit in LineRetryHandler; the caller's token ends the whole call.
                client.Timeout = Timeout.InfiniteTimeSpan;
            })
            .AddHttpMessageHandler<LineAuthHandler>()
            .AddHttpMessageHandler<LineRetryHandler>()
            .AddHttpMessageHandler<LineRateLimitHandler>()

            // The factory's own logs carry full URLs, and some hold a user id; the client logs what matters itself.
            .RemoveAllLoggers();
}
