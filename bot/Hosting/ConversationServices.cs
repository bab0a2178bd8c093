using ItaBot.Bot.Cards;
using ItaBot.Bot.Conversation;

namespace ItaBot.Bot.Hosting;

internal static class ConversationServices
{
    /// <summary>The recognizer, the answers and the cards, shared by every channel (LINE, the terminal).</summary>
    public static IHostApplicationBuilder AddConversation(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IntentRecognizer>();
        builder.Services.AddSingleton<MeasureCards>();
        builder.Services.AddSingleton<HelpAnswers>();
        builder.Services.AddScoped<MeasureAnswers>();
        builder.Services.AddScoped<TurnRouter>();
        return builder;
    }
}
