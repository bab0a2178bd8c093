using ItaBot.Bot.Documents;
using ItaBot.Bot.Line;
using ItaBot.Bot.Web;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ItaBot.Bot.Hosting;

internal static class DocumentServices
{
    /// <summary>The ITA documents, drawn on request for the <c>report</c> verb, the links sent in chat and the public pages.</summary>
    public static IHostApplicationBuilder AddDocuments(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ReportOptions>().BindConfiguration(ReportOptions.Section);
        builder.Services.AddScoped<DocumentMaker>();
        builder.Services.TryAddSingleton(TimeProvider.System);

        // The public address and the secret links are made with, in every verb: `chat` shows the same links LINE gets.
        // The LINE settings are checked where the LINE client is added.
        builder.Services.AddOptions<WebOptions>().BindConfiguration(WebOptions.Section);
        builder.Services.AddOptions<LineOptions>().BindConfiguration(LineOptions.Section);
        builder.Services.AddSingleton<DocumentLinks>();
        builder.Services.AddSingleton<IDocumentLinks>(services => services.GetRequiredService<DocumentLinks>());
        return builder;
    }
}
