using ItaBot.Bot.Cards;
using ItaBot.Bot.Conversation;
using ItaBot.Bot.Conversation.Complaints;
using ItaBot.Bot.Dialogs;
using ItaBot.Bot.Dialogs.Approvals;
using ItaBot.Bot.Dialogs.Complaints;
using ItaBot.Bot.Dialogs.Feedback;
using ItaBot.Bot.Dialogs.People;
using ItaBot.Bot.Dialogs.Privacy;
using ItaBot.Bot.Dialogs.Measures;
using ItaBot.Bot.Dialogs.Prompts;

namespace ItaBot.Bot.Hosting;

internal static class ConversationServices
{
    /// <summary>The recognizer, the dialogs, the answers and the cards, shared by every channel (LINE, the terminal).</summary>
    public static IHostApplicationBuilder AddConversation(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IntentRecognizer>();
        builder.Services.AddSingleton<MeasureCards>();
        builder.Services.AddSingleton<HelpAnswers>();
        builder.Services.AddScoped<MeasureAnswers>();
        builder.Services.AddScoped<MyWorkAnswers>();
        builder.Services.AddScoped<RegistrationAnswers>();
        builder.Services.AddScoped<UpdatableMeasures>();
        builder.Services.AddScoped<PhotoPrompt>();
        builder.Services.AddScoped<IDialog, UpdateMeasureDialog>();
        builder.Services.AddScoped<IDialog, SetMeasureStatusDialog>();
        builder.Services.AddScoped<IDialog, FileComplaintDialog>();
        builder.Services.AddScoped<IDialog, HandleComplaintDialog>();
        builder.Services.AddScoped<IDialog, RateComplaintDialog>();
        builder.Services.AddScoped<IDialog, SurveyDialog>();
        builder.Services.AddScoped<IDialog, SuggestionDialog>();
        builder.Services.AddScoped<IDialog, ReviewReportDialog>();
        builder.Services.AddScoped<ReportApprovals>();
        builder.Services.AddScoped<IDialog, EraseMyDataDialog>();
        builder.Services.AddScoped<IDialog, InviteDialog>();
        builder.Services.AddSingleton<ComplaintCards>();
        builder.Services.AddScoped<ComplaintAnswers>();
        builder.Services.AddScoped<ComplaintStatisticsAnswers>();
        builder.Services.AddScoped<SuggestionAnswers>();
        builder.Services.AddScoped<ReportAnswers>();
        builder.Services.AddScoped<DialogRunner>();
        builder.Services.AddScoped<TurnRouter>();
        return builder;
    }
}
