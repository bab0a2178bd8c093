using System.Globalization;
using ItaBot.Bot.Cards;
using ItaBot.Bot.Documents;
using ItaBot.Core.Approvals;
using ItaBot.Core.Calendar;
using ItaBot.Core.Files;
using ItaBot.Core.Measures;
using ItaBot.Core.Messaging;
using ItaBot.Core.People;
using ItaBot.Core.Persistence;
using ItaBot.Core.Reports;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Bot.Dialogs.Approvals;

/// <summary>
/// The progress report going up the chain in LINE: the officer's <c>ส่งรายงาน</c>, each approver's push with the
/// figures and the documents to open, their word, and the officer told when it is sent back or done.
/// </summary>
public sealed class ReportApprovals(
    ApprovalDesk desk, ProgressReports progress, DocumentMaker maker, IDocumentLinks links, IMessenger messenger, ItaBotDbContext db, FiscalCalendar calendar)
{
    public static string Command(ApprovalDecision decision, ReportSubmission submission) => $"{Word(decision)} รายงาน {submission.Key}";

    public static string ShowCommand(ReportSubmission submission) => $"รายงาน {submission.Key}";

    /// <summary>The officer's ส่งรายงาน: the round asked, or the 6-month one while the year runs and the 12-month one after; whether it went.</summary>
    public async Task<(Reply Reply, bool Sent)> SendAsync(Member sender, int? fiscalYear, int? round, CancellationToken cancellationToken)
    {
        var year = new FiscalYear(fiscalYear ?? calendar.CurrentYear.BuddhistYear);
        var months = round ?? (calendar.Today > year.End ? 12 : 6);
        try
        {
            // Drawn first: a round that cannot be drawn (no plan of that year) is refused before anything is changed.
            var report = await progress.ForAsync(year.BuddhistYear, months, cancellationToken);
            var submission = await desk.SendAsync(sender.PersonId!.Value, year.BuddhistYear, months, cancellationToken);
            var first = submission.Waiting!;
            await NotifyApproverAsync(submission, first, report, cancellationToken);
            return (Reply.Text(
                $"ส่ง{submission.Name}{(submission.Round > 1 ? $" (ครั้งที่ {submission.Round})" : "")} ถึง{first.Position} ({first.PersonName}) แล้วค่ะ " +
                "จะแจ้งให้ทราบเมื่อพิจารณาครบหรือถูกส่งกลับ",
                Choice.Of(ShowCommand(submission))), true);
        }
        catch (ApprovalException e)
        {
            return (Reply.Text(e.Message, Choice.Of("เมนู")), false);
        }
        catch (ReportException e)
        {
            return (Reply.Text(e.InThai, Choice.Of("เมนู")), false);
        }
    }

    /// <summary>The approver's word; the comment is what they typed, or the decision's own word (ทราบ, เห็นชอบ).</summary>
    public async Task<Reply> DecideAsync(Member sender, ApprovalDecision decision, int months, int fiscalYear, string? comment, CancellationToken cancellationToken)
    {
        try
        {
            var report = await progress.ForAsync(fiscalYear, months, cancellationToken);
            var outcome = await desk.DecideAsync(sender.PersonId!.Value, fiscalYear, months, decision, comment ?? Word(decision), cancellationToken);
            var submission = outcome.Submission;
            string answer;
            if (outcome.Next is { } next)
            {
                await NotifyApproverAsync(submission, next, report, cancellationToken);
                answer = $"บันทึก \"{outcome.Decided.Comment}\" แล้ว ส่งต่อถึง{next.Position} ({next.PersonName}) ค่ะ";
            }
            else if (submission.State == SubmissionState.SentBack)
            {
                await TellOfficerAsync(submission, $"{submission.Name} ถูกส่งกลับโดย{outcome.Decided.Position} ({outcome.Decided.PersonName}) เหตุผล: {outcome.Decided.Comment}\n" +
                    $"แก้ไขข้อมูลแล้วพิมพ์ \"{SendCommand(submission)}\" เพื่อส่งอีกครั้งค่ะ", [new NoticeButton("ส่งอีกครั้ง", SendCommand(submission))], cancellationToken);
                answer = $"ส่งกลับถึง {submission.SentByName} พร้อมเหตุผลแล้วค่ะ";
            }
            else
            {
                await KeepApprovedAsync(submission, cancellationToken);
                await TellOfficerAsync(submission, $"{submission.Name} ผ่านการพิจารณาครบแล้วค่ะ คำสั่ง{outcome.Decided.Position}: {outcome.Decided.Comment}",
                    [new NoticeButton("ดูรายงาน", ShowCommand(submission))], cancellationToken);
                answer = $"บันทึกคำสั่ง \"{outcome.Decided.Comment}\" แล้ว {submission.Name} ผ่านการพิจารณาครบแล้วค่ะ";
            }

            return Reply.Text(answer, Choice.Of(ShowCommand(submission)));
        }
        catch (ApprovalException e)
        {
            return Reply.Text(e.Message, Choice.Of("เมนู"));
        }
        catch (ReportException e)
        {
            return Reply.Text(e.InThai, Choice.Of("เมนู"));
        }
    }

    /// <summary>The submission's card for someone in its chain: where it stands and its documents.</summary>
    public async Task<Reply> ShowAsync(Member sender, int months, int fiscalYear, CancellationToken cancellationToken)
    {
        if (sender.PersonId is not int person || !await desk.InChainAsync(fiscalYear, months, person, cancellationToken)
            || await desk.FindAsync(fiscalYear, months, cancellationToken) is not { } submission)
        {
            return Reply.Text($"ไม่พบรายงานรอบ {months} เดือน ปีงบประมาณ {fiscalYear} ที่ท่านเกี่ยวข้องค่ะ", Choice.Of("เมนู"));
        }

        var card = CardOf(submission, person, await progress.ForAsync(fiscalYear, months, cancellationToken));
        return new Reply([new CardMessage(NoticeCards.Of(card, card.Title))],
            submission.Waiting?.PersonId == person ? Choices(submission) : [Choice.Of("เมนู")]);
    }

    /// <summary>The push to the approver whose turn it is: the figures, the comments so far, the documents and the four answers.</summary>
    private async Task NotifyApproverAsync(ReportSubmission submission, ApprovalStep step, ProgressReport report, CancellationToken cancellationToken)
    {
        if (await LineUserOfAsync(step.PersonId, cancellationToken) is not { } user)
        {
            return;
        }

        var card = CardOf(submission, step.PersonId, report);
        messenger.Send([user], new Notice(
            $"{submission.Name} เสนอโดย {submission.SentByName} รอการพิจารณาของท่าน ({step.Position})",
            [.. Choices(submission).Select(c => new NoticeButton(c.Label, c.Text))]) { Card = card });
    }

    private NoticeCard CardOf(ReportSubmission submission, int reader, ProgressReport report)
    {
        var fields = new List<NoticeField> { new("มาตรการ", Count(report.Rows.Count)) };
        fields.AddRange(Enum.GetValues<MeasureStatus>().Select(s => new NoticeField(s.Thai(), Count(report.Count(s)))));
        fields.Add(new("เสนอโดย", $"{submission.SentByName}{(submission.SentByPosition is { } p ? $" ({p})" : "")} · {ThaiDate.FormatMedium(calendar.DateOf(submission.SentAt))}"));
        fields.AddRange(submission.CurrentSteps.Select(s => new NoticeField(s.Position, s.Decision switch
        {
            ApprovalDecision.Pending => s.WaitingSince is null ? "ยังไม่ถึง" : "รอพิจารณา",
            _ => $"{s.Comment} ({ThaiDate.FormatMedium(calendar.DateOf(s.DecidedAt!.Value))})",
        })));
        var memo = new DocumentRequest(DocumentKind.Memo, submission.FiscalYear, submission.Months, Submitted: true, For: reader);
        var document = new DocumentRequest(DocumentKind.Progress, submission.FiscalYear, submission.Months);
        NoticeLink[] documentLinks = links.LinkTo(memo) is { } memoPdf
            ? [new("เปิดบันทึกข้อความ (PDF)", memoPdf), new("เปิดรายงาน (PDF)", links.LinkTo(document)!), new("แก้ไขรายงาน (Word)", links.LinkTo(document with { Pdf = false })!)]
            : [];
        var state = submission.State switch
        {
            SubmissionState.Approved => "ผ่านการพิจารณาแล้ว",
            SubmissionState.SentBack => "ถูกส่งกลับ",
            _ => submission.Round > 1 ? $"กำลังพิจารณา (ครั้งที่ {submission.Round})" : "กำลังพิจารณา",
        };
        return new NoticeCard(submission.Name, state, fields) { Links = documentLinks };
    }

    private async Task TellOfficerAsync(ReportSubmission submission, string text, IReadOnlyList<NoticeButton> buttons, CancellationToken cancellationToken)
    {
        if (await LineUserOfAsync(submission.SentByPersonId, cancellationToken) is { } user)
        {
            messenger.Send([user], new Notice(text, buttons));
        }
    }

    /// <summary>The memo as it was signed off, every block in it, and the report as it stood, kept as .docx: what is published from now on.</summary>
    private async Task KeepApprovedAsync(ReportSubmission submission, CancellationToken cancellationToken)
    {
        submission.ApprovedFileId = await KeepAsync(new DocumentRequest(DocumentKind.Memo, submission.FiscalYear, submission.Months, Pdf: false, Submitted: true), submission, cancellationToken);
        submission.ApprovedReportFileId = await KeepAsync(new DocumentRequest(DocumentKind.Progress, submission.FiscalYear, submission.Months, Pdf: false), submission, cancellationToken);
    }

    private async Task<Guid> KeepAsync(DocumentRequest request, ReportSubmission submission, CancellationToken cancellationToken)
    {
        var content = await maker.MakeAsync(request, cancellationToken);
        var file = new StoredFile
        {
            ContentType = request.ContentType,
            Content = content,
            Sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content)),
            StoredAt = submission.ApprovedAt!.Value,
        };
        db.StoredFiles.Add(file);
        return file.Id;
    }

    private Task<string?> LineUserOfAsync(int personId, CancellationToken cancellationToken) =>
        db.People.Where(p => p.Id == personId && p.RevokedAt == null).Select(p => p.LineUserId).SingleOrDefaultAsync(cancellationToken);

    private static Choice[] Choices(ReportSubmission submission) =>
    [
        new("ทราบ", Command(ApprovalDecision.Noted, submission)),
        new("เห็นชอบ", Command(ApprovalDecision.Agreed, submission)),
        new("ความเห็น", Command(ApprovalDecision.Commented, submission)),
        new("ส่งกลับ", Command(ApprovalDecision.SentBack, submission)),
    ];

    private static string SendCommand(ReportSubmission submission) =>
        string.Create(CultureInfo.InvariantCulture, $"ส่งรายงาน {submission.Months} เดือน ปีงบประมาณ {submission.FiscalYear}");

    public static string Word(ApprovalDecision decision) => decision switch
    {
        ApprovalDecision.Noted => "ทราบ",
        ApprovalDecision.Agreed => "เห็นชอบ",
        ApprovalDecision.SentBack => "ส่งกลับ",
        _ => "ความเห็น",
    };

    private static string Count(int count) => string.Create(CultureInfo.InvariantCulture, $"{count} มาตรการ");
}
