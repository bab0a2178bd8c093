using System.Globalization;
using ItaBot.Bot.Cards;
using ItaBot.Bot.Conversation.Complaints;
using ItaBot.Bot.Dialogs;
using ItaBot.Bot.Dialogs.Approvals;
using ItaBot.Bot.Dialogs.Complaints;
using ItaBot.Bot.Dialogs.Feedback;
using ItaBot.Bot.Dialogs.People;
using ItaBot.Bot.Dialogs.Privacy;
using ItaBot.Bot.Dialogs.Measures;
using ItaBot.Core.Approvals;

namespace ItaBot.Bot.Conversation;

/// <summary>
/// The top of the conversation: a message goes first to the dialog the person is in; otherwise its intent is
/// recognised, checked against who may ask it, and answered — or starts a dialog. The changes a turn makes are saved
/// by the channel together with its answer.
/// </summary>
public sealed class TurnRouter(
    IntentRecognizer recognizer, DialogRunner dialogs, MeasureAnswers measures, MyWorkAnswers work, RegistrationAnswers registration,
    ComplaintAnswers complaints, ComplaintStatisticsAnswers statistics, SuggestionAnswers suggestions, ReportAnswers reports, ReportApprovals approvals,
    HelpAnswers help)
{
    public async Task<Reply> RespondAsync(Turn turn, CancellationToken cancellationToken)
    {
        if (turn.InGroup)
        {
            // A person's dialogs are private: a group message never answers one, nor starts one.
            var inGroup = recognizer.Recognize(turn.Text);
            return inGroup.FitsGroups ? await RouteAsync(turn, inGroup, cancellationToken) : help.PrivateOnly();
        }

        var asked = turn.Input is TextInput ? recognizer.Recognize(turn.Text) : new UnknownIntent();
        var dialog = await dialogs.ContinueAsync(turn, asked.Interrupts, cancellationToken);
        switch (dialog.Kind)
        {
            case DialogTurnKind.Answered:
                return dialog.Reply!;
            case DialogTurnKind.Cancelled:
                return help.Cancelled(turn.Role);
            case DialogTurnKind.NotAllowed:
                return HelpAnswers.NotAllowed(turn.Role);
        }

        var reply = turn.Input is TextInput
            ? await RouteAsync(turn, asked, cancellationToken)
            : help.NotText(turn.Role);
        return dialog.Kind switch
        {
            DialogTurnKind.Interrupted => reply with { Messages = [new TextMessage(HelpAnswers.Left(dialog.Left!)), .. reply.Messages] },
            DialogTurnKind.Expired => reply with { Messages = [new TextMessage(HelpAnswers.Expired()), .. reply.Messages] },
            DialogTurnKind.Outdated => reply with { Messages = [new TextMessage(HelpAnswers.Outdated), .. reply.Messages] },
            _ => reply,
        };
    }

    private async Task<Reply> RouteAsync(Turn turn, Intent intent, CancellationToken cancellationToken)
    {
        if (!intent.AllowedRoles.Contains(turn.Role))
        {
            return HelpAnswers.NotAllowed(turn.Role);
        }

        return intent switch
        {
            MeasureStatusIntent { Number: { } number } => await measures.StatusAsync(turn.Sender, number, cancellationToken),
            MeasureStatusIntent => await measures.WhichAsync(cancellationToken),
            MeasureListIntent => await measures.ListAsync(cancellationToken),
            UpdateMeasureIntent update => await dialogs.BeginAsync(turn, UpdateMeasureDialog.Name, Args(update.Number), cancellationToken),
            SetMeasureStatusIntent set => await dialogs.BeginAsync(turn, SetMeasureStatusDialog.Name, Args(set.Number), cancellationToken),
            MyWorkIntent => await work.ForAsync(turn.Sender, cancellationToken),
            RegisterIntent register => await registration.LinkAsync(turn.Sender, register.Code, cancellationToken),
            CancelIntent => help.NothingToCancel(turn.Role),
            GreetingIntent => help.Greeting(turn.Role),
            ThanksIntent => help.Thanks(turn.Role),
            PrivacyIntent => help.Privacy(turn.Role),
            HelpIntent => help.Help(turn.Role),
            ContactIntent => help.ContactDetails(turn.Role),
            FileComplaintIntent => await dialogs.BeginAsync(turn, FileComplaintDialog.Name, null, cancellationToken),
            TrackComplaintIntent track => await complaints.TrackAsync(turn.Sender, track.Number, cancellationToken),
            MyComplaintsIntent => await complaints.MineAsync(turn.Sender, cancellationToken),
            HandleComplaintIntent handle => await dialogs.BeginAsync(turn, HandleComplaintDialog.Name, handle.Number, cancellationToken),
            OpenComplaintsIntent => await complaints.OpenAsync(turn.Sender, cancellationToken),
            ComplaintStatisticsIntent stats => await statistics.ForAsync(stats.Period, cancellationToken),
            ReportIntent report => await reports.ForAsync(report, cancellationToken),
            SendReportIntent send => (await approvals.SendAsync(turn.Sender, send.FiscalYear, send.Months, cancellationToken)).Reply,
            ReviewReportIntent { Decision: ApprovalDecision.Commented or ApprovalDecision.SentBack, Text: null } review =>
                await dialogs.BeginAsync(turn, ReviewReportDialog.Name, ReviewReportDialog.Args(review.Decision, review.Months, review.FiscalYear), cancellationToken),
            ReviewReportIntent review => await approvals.DecideAsync(turn.Sender, review.Decision, review.Months, review.FiscalYear, review.Text, cancellationToken),
            ShowSubmissionIntent show => await approvals.ShowAsync(turn.Sender, show.Months, show.FiscalYear, cancellationToken),
            RateComplaintIntent rate => await dialogs.BeginAsync(turn, RateComplaintDialog.Name, RateComplaintDialog.Args(rate.Number, rate.Rating), cancellationToken),
            SurveyIntent => await dialogs.BeginAsync(turn, SurveyDialog.Name, null, cancellationToken),
            SuggestionListIntent => await suggestions.LatestAsync(cancellationToken),
            SuggestionIntent => await dialogs.BeginAsync(turn, SuggestionDialog.Name, null, cancellationToken),
            EraseMyDataIntent => await dialogs.BeginAsync(turn, EraseMyDataDialog.Name, null, cancellationToken),
            InviteIntent => await dialogs.BeginAsync(turn, InviteDialog.Name, null, cancellationToken),
            PeopleListIntent => await registration.ListAsync(cancellationToken),
            _ => help.NotUnderstood(turn.Role),
        };
    }

    private static string? Args(int? number) => number?.ToString(CultureInfo.InvariantCulture);
}
