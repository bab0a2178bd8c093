using System.Globalization;
using System.Text;
using ItaBot.Bot.Documents;
using ItaBot.Core;
using ItaBot.Core.Approvals;
using ItaBot.Core.Calendar;
using ItaBot.Core.Reports;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace ItaBot.Bot.Web;

/// <summary>
/// The pages an organisation names in the ITA system and links from its website: stable addresses under
/// <c>/public</c>, readable by anyone, holding figures only — no citizen's name, no account, no word of a corruption
/// report. Drawn from the data as it stands; each page's PDF is the same report as <c>report complaints</c>.
/// </summary>
public static class PublicPages
{
    // Making a PDF starts LibreOffice: a public page keeps the one it made for a while rather than make one per visitor.
    private static readonly TimeSpan PdfKept = TimeSpan.FromMinutes(10);

    public static IEndpointRouteBuilder MapPublicPages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/public", IndexAsync);
        endpoints.MapGet("/public/complaints/{year:int}", (int year, HttpContext context, CancellationToken ct) => ComplaintsAsync(context, Request(year, null), ct));
        endpoints.MapGet("/public/complaints/{year:int}/q{quarter:int}", (int year, int quarter, HttpContext context, CancellationToken ct) => ComplaintsAsync(context, Request(year, quarter), ct));
        endpoints.MapGet("/public/complaints/{year:int}/report.pdf", (int year, HttpContext context, CancellationToken ct) => PdfAsync(context, Request(year, null), ct));
        endpoints.MapGet("/public/complaints/{year:int}/q{quarter:int}/report.pdf", (int year, int quarter, HttpContext context, CancellationToken ct) => PdfAsync(context, Request(year, quarter), ct));
        return endpoints;
    }

    public static string ComplaintsPath(int year, int? quarter) =>
        quarter is int q ? string.Create(CultureInfo.InvariantCulture, $"/public/complaints/{year}/q{q}") : string.Create(CultureInfo.InvariantCulture, $"/public/complaints/{year}");

    private static DocumentRequest Request(int year, int? quarter) => new(DocumentKind.Complaints, year, Quarter: quarter);

    /// <summary>This fiscal year's and the last one's statistics, the year and each quarter begun.</summary>
    private static async Task<IResult> IndexAsync(FiscalCalendar calendar, IOptions<OrganizationOptions> organization, ApprovalDesk approvals, CancellationToken cancellationToken)
    {
        var approved = PublicProgressPages.Index(await approvals.ApprovedAsync(cancellationToken));
        var html = new StringBuilder("<p>สถิติเรื่องร้องเรียนและการแก้ไข ตามที่การประเมินคุณธรรมและความโปร่งใส (ITA) ให้เปิดเผย</p>");
        foreach (var year in new[] { calendar.CurrentYear, new FiscalYear(calendar.CurrentYear.BuddhistYear - 1) })
        {
            html.Append(CultureInfo.InvariantCulture, $"<h2>ปีงบประมาณ พ.ศ. {year.BuddhistYear}</h2><ul>");
            html.Append(CultureInfo.InvariantCulture, $"<li><a href=\"{ComplaintsPath(year.BuddhistYear, null)}\">สถิติเรื่องร้องเรียน ทั้งปี</a></li>");
            foreach (var quarter in Enumerable.Range(1, 4).Where(q => year.Quarter(q).Start <= calendar.Today))
            {
                html.Append(CultureInfo.InvariantCulture, $"<li><a href=\"{ComplaintsPath(year.BuddhistYear, quarter)}\">ไตรมาสที่ {quarter}</a></li>");
            }

            html.Append("</ul>");
        }

        html.Append(approved);

        return PublicHtml.Result("ข้อมูลเปิดเผยต่อสาธารณะ", organization.Value.Name, html.ToString());
    }

    private static async Task<IResult> ComplaintsAsync(HttpContext context, DocumentRequest request, CancellationToken cancellationToken)
    {
        var services = context.RequestServices;
        if (Period(services, request) is not { } period)
        {
            return Results.NotFound();
        }

        var report = await services.GetRequiredService<ComplaintReports>().ForAsync(period, cancellationToken);
        var item = services.GetRequiredService<IOptions<PublicOptions>>().Value.ItemOf(request.FiscalYear, "complaints");
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<p>{PublicHtml.Encode(period.Name)} · ระหว่างวันที่ {PublicHtml.Encode(period.Span)}</p>");
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"muted\">ข้อมูล ณ วันที่ {ThaiDate.FormatLong(report.AsOf)}{PublicHtml.ItemNote(item)}</p>");
        Section(html, "เรื่องร้องเรียนทั่วไป", report.General);
        if (report.General.Received > 0)
        {
            html.Append("<h2>จำแนกตามประเภท</h2>").Append(PublicHtml.Counts("ประเภท", report.ByKind, "เรื่อง"));
            html.Append("<h2>จำแนกตามหน่วยงานที่รับผิดชอบ</h2>").Append(PublicHtml.Counts("หน่วยงาน", report.ByUnit, "เรื่อง"));
        }

        Section(html, ComplaintReport.CorruptionHeading, report.Corruption);
        if (report.Corruption.Received > 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>{ComplaintReport.UndisclosedNote}</p>");
        }

        html.Append(CultureInfo.InvariantCulture, $"<p><a href=\"{ComplaintsPath(request.FiscalYear, request.Quarter)}/report.pdf\">ดาวน์โหลดรายงาน (PDF)</a></p>");
        return PublicHtml.Result(ComplaintReportDocument.Title, report.Organization, html.ToString());
    }

    private static async Task<IResult> PdfAsync(HttpContext context, DocumentRequest request, CancellationToken cancellationToken)
    {
        var services = context.RequestServices;
        if (Period(services, request) is null)
        {
            return Results.NotFound();
        }

        return await PdfAsync(services, request, request.FileName, () => services.GetRequiredService<DocumentMaker>().MakeAsync(request, cancellationToken));
    }

    /// <summary>
    /// A PDF for a public page, made once and kept a while under <paramref name="key"/>; a 503 saying why when it cannot
    /// be made (no LibreOffice on the server), the page itself still served.
    /// </summary>
    public static async Task<IResult> PdfAsync(IServiceProvider services, object key, string fileName, Func<Task<byte[]>> make)
    {
        try
        {
            var pdf = await services.GetRequiredService<IMemoryCache>().GetOrCreateAsync(key, entry =>
            {
                entry.AbsoluteExpirationRelativeToNow = PdfKept;
                return make();
            });
            return Results.File(pdf!, "application/pdf", fileName);
        }
        catch (ReportException e)
        {
            return Results.Text(e.Message, "text/plain; charset=utf-8", statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }

    /// <summary>The period a public address names; none for a quarter that does not exist or a year far off.</summary>
    private static ReportPeriod? Period(IServiceProvider services, DocumentRequest request)
    {
        var calendar = services.GetRequiredService<FiscalCalendar>();
        var plausible = request.FiscalYear >= 2500 && request.FiscalYear <= calendar.CurrentYear.BuddhistYear + 1 && request.Quarter is null or (>= 1 and <= 4);
        return plausible ? services.GetRequiredService<DocumentMaker>().Period(request) : null;
    }

    private static void Section(StringBuilder html, string heading, ComplaintCounts counts)
    {
        html.Append(CultureInfo.InvariantCulture, $"<h2>{PublicHtml.Encode(heading)}</h2>");
        html.Append(counts.Received == 0 ? $"<p>{ComplaintReport.NoneReceived}</p>" : PublicHtml.Counts("รายการ", counts.Lines, "เรื่อง"));
    }
}
