using ItaBot.Core.Approvals;
using ItaBot.Core.Calendar;
using ItaBot.Core.Reports;
using Microsoft.Extensions.Options;

namespace ItaBot.Bot.Documents;

/// <summary>Draws the document a <see cref="DocumentRequest"/> names from the database as it is now: .docx, or its PDF.</summary>
public sealed class DocumentMaker(
    ProgressReports progress, ComplaintReports complaints, SurveyReports surveys, ApprovalDesk approvals, FiscalCalendar calendar, IOptions<ReportOptions> options)
{
    /// <exception cref="ReportException">The document cannot be drawn as asked (no plan of that year, no LibreOffice …).</exception>
    public async Task<byte[]> MakeAsync(DocumentRequest request, CancellationToken cancellationToken)
    {
        using var docx = new MemoryStream();
        var style = new DocumentStyle(request.ThaiDigits);
        switch (request.Kind)
        {
            case DocumentKind.Progress:
                ProgressReportDocument.Write(await ProgressAsync(request, cancellationToken), docx, style);
                break;
            case DocumentKind.Memo when request.Submitted:
                var submission = await approvals.FindAsync(request.FiscalYear, request.Months ?? 6, cancellationToken)
                    ?? throw new ReportException($"ยังไม่มีการส่งรายงานรอบ {request.Months} เดือน ปีงบประมาณ {request.FiscalYear}");
                MemoDocument.Write(
                    await progress.ForAsync(submission.FiscalYear, submission.Months, cancellationToken),
                    options.Value,
                    calendar.DateOf(submission.SentAt),
                    new MemoDocument.Writer(submission.SentByName, submission.SentByPosition),
                    Blocks(submission),
                    docx,
                    style);
                break;
            case DocumentKind.Memo:
                MemoDocument.Write(await ProgressAsync(request, cancellationToken), options.Value, calendar.Today, new MemoDocument.Writer(request.By, request.Position), [], docx, style);
                break;
            case DocumentKind.Complaints:
                ComplaintReportDocument.Write(await complaints.ForAsync(Period(request), cancellationToken), docx, style);
                break;
            default:
                SurveyReportDocument.Write(await surveys.ForAsync(Period(request), cancellationToken), docx, style);
                break;
        }

        return request.Pdf ? await PdfConverter.ToPdfAsync(docx.ToArray(), cancellationToken) : docx.ToArray();
    }

    /// <summary>The blocks of this round's approvers who have spoken, in the chain's order; the last one's is the order.</summary>
    private List<MemoDocument.Block> Blocks(ReportSubmission submission)
    {
        var steps = submission.CurrentSteps.ToList();
        return [.. steps.Where(s => s.Decision is not (ApprovalDecision.Pending or ApprovalDecision.SentBack)).Select(s => new MemoDocument.Block(
            (s.Order == steps.Count - 1 ? "คำสั่ง" : "ความเห็น") + s.Position, s.Comment ?? "", s.PersonName, s.Position, calendar.DateOf(s.DecidedAt!.Value)))];
    }

    /// <summary>The progress report's round: as asked, or 6 months while the fiscal year runs and 12 once it is over.</summary>
    public Task<ProgressReport> ProgressAsync(DocumentRequest request, CancellationToken cancellationToken) =>
        progress.ForAsync(request.FiscalYear, request.Months ?? (calendar.Today > new FiscalYear(request.FiscalYear).End ? 12 : 6), cancellationToken);

    /// <summary>The days of a complaints or survey report: given dates, a quarter, the first months, or the whole fiscal year.</summary>
    public ReportPeriod Period(DocumentRequest request)
    {
        var year = new FiscalYear(request.FiscalYear);
        return request.From is { } from ? ReportPeriod.Between(from, request.To ?? calendar.Today)
            : request.Quarter is int quarter ? quarter is >= 1 and <= 4 ? ReportPeriod.Quarter(year.Quarter(quarter)) : throw new ReportException("--quarter ต้องเป็น 1 ถึง 4 / --quarter must be 1 to 4")
            : ReportPeriod.FirstMonths(year, request.Months ?? 12);
    }
}
