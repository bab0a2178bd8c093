using System.Globalization;
using System.Text;
using ItaBot.Bot.Documents;
using ItaBot.Core.Approvals;
using ItaBot.Core.Calendar;
using ItaBot.Core.Measures;
using ItaBot.Core.Persistence;
using ItaBot.Core.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ItaBot.Bot.Web;

/// <summary>
/// <c>/public/progress/{year}/{6|12}</c>: a progress report once it has gone up the whole chain — each measure's status,
/// who signed it off and when, and the memo and report as they were signed off, as PDF. Before that, nothing.
/// </summary>
public static class PublicProgressPages
{
    public static IEndpointRouteBuilder MapPublicProgressPages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/public/progress/{year:int}/{months:int}", PageAsync);
        endpoints.MapGet("/public/progress/{year:int}/{months:int}/memo.pdf", (int year, int months, HttpContext context, CancellationToken ct) => FileAsync(context, year, months, memo: true, ct));
        endpoints.MapGet("/public/progress/{year:int}/{months:int}/report.pdf", (int year, int months, HttpContext context, CancellationToken ct) => FileAsync(context, year, months, memo: false, ct));
        return endpoints;
    }

    public static string PathOf(ReportSubmission submission) =>
        string.Create(CultureInfo.InvariantCulture, $"/public/progress/{submission.FiscalYear}/{submission.Months}");

    /// <summary>The index's list of the reports signed off.</summary>
    public static string Index(IReadOnlyList<ReportSubmission> approved)
    {
        var html = new StringBuilder("<h2>รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส</h2>");
        if (approved.Count == 0)
        {
            return html.Append("<p>ยังไม่มีรายงานที่ผ่านการพิจารณา</p>").ToString();
        }

        html.Append("<ul>");
        foreach (var submission in approved)
        {
            html.Append(CultureInfo.InvariantCulture, $"<li><a href=\"{PathOf(submission)}\">{PublicHtml.Encode(submission.Name)}</a></li>");
        }

        return html.Append("</ul>").ToString();
    }

    private static async Task<IResult> PageAsync(
        int year, int months, ApprovalDesk approvals, ProgressReports progress, FiscalCalendar calendar, IOptions<PublicOptions> items, CancellationToken cancellationToken)
    {
        if (await approvals.FindAsync(year, months, cancellationToken) is not { State: SubmissionState.Approved } submission)
        {
            return Results.NotFound();
        }

        var report = await progress.ForAsync(year, months, cancellationToken);
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<p>ประจำปีงบประมาณ พ.ศ. {year} {PublicHtml.Encode(report.Round)} ({ThaiDate.FormatLong(report.From)} ถึง {ThaiDate.FormatLong(report.To)})</p>");
        var chain = string.Join(" → ", submission.CurrentSteps.Select(s => $"{s.Position} ({s.Comment})"));
        var item = items.Value.ItemOf(year, "progress");
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"muted\">ผ่านการพิจารณาเมื่อ {ThaiDate.FormatLong(calendar.DateOf(submission.ApprovedAt!.Value))}: {PublicHtml.Encode(chain)}{PublicHtml.ItemNote(item)}</p>");
        html.Append("<table><tr><th>ลำดับที่</th><th>มาตรการ</th><th>สถานะ</th></tr>");
        foreach (var row in report.Rows)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{row.Number}</td><td>{PublicHtml.Encode(row.Title)}</td><td>{row.Status.Thai()}</td></tr>");
        }

        html.Append("</table>");
        html.Append(PublicHtml.Counts("สรุป", Enum.GetValues<MeasureStatus>().Select(s => (s.Thai(), report.Count(s))), "มาตรการ"));
        html.Append(CultureInfo.InvariantCulture, $"<p><a href=\"{PathOf(submission)}/report.pdf\">ดาวน์โหลดรายงาน (PDF)</a> · <a href=\"{PathOf(submission)}/memo.pdf\">บันทึกข้อความที่ผ่านการพิจารณา (PDF)</a></p>");
        return PublicHtml.Result(ProgressReportDocument.Title, report.Organization, html.ToString());
    }

    /// <summary>The memo or the report as it was signed off, its kept .docx made a PDF.</summary>
    private static async Task<IResult> FileAsync(HttpContext context, int year, int months, bool memo, CancellationToken cancellationToken)
    {
        var services = context.RequestServices;
        if (await services.GetRequiredService<ApprovalDesk>().FindAsync(year, months, cancellationToken) is not { State: SubmissionState.Approved } submission
            || (memo ? submission.ApprovedFileId : submission.ApprovedReportFileId) is not Guid id)
        {
            return Results.NotFound();
        }

        return await PublicPages.PdfAsync(services, id, string.Create(CultureInfo.InvariantCulture, $"{(memo ? "memo" : "progress")}-{year}-{months}m.pdf"), async () =>
        {
            var docx = await services.GetRequiredService<ItaBotDbContext>().StoredFiles.AsNoTracking().Where(f => f.Id == id).Select(f => f.Content).SingleAsync(cancellationToken);
            return await PdfConverter.ToPdfAsync(docx, cancellationToken);
        });
    }
}
