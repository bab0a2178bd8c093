using System.Net;
using ItaBot.Bot.Documents;
using ItaBot.Bot.Scheduling;
using ItaBot.Bot.Tests.Support;
using ItaBot.Core.Approvals;
using ItaBot.Core.People;
using ItaBot.Core.Text;
using ItaBot.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ItaBot.Bot.Tests.Documents;

/// <summary>
/// The 6-month report going up the chain in LINE, on Monday 3 March 2025: the officer sends it, หัวหน้าสำนักปลัด,
/// ปลัดเทศบาล and นายกเทศมนตรี in turn get it with its documents and give their word, and the memo ends up with every
/// block in order.
/// </summary>
public sealed class ApprovalChainTests() : LineBotTest(new ShiftedTime(new DateTimeOffset(2025, 3, 3, 10, 0, 0, TimeSpan.FromHours(7))))
{
    private const string Officer = "U0000000000000000000000000000o001";
    private const string Head = "U0000000000000000000000000000h001";
    private const string Palat = "U0000000000000000000000000000p001";
    private const string Mayor = "U0000000000000000000000000000m001";
    private const string Stranger = "U0000000000000000000000000000s001";
    private const string Report = "รายงาน 6/2568";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await LinkAsync(Officer, Role.Staff, "นักจัดการงานทั่วไปชำนาญการ");
        await LinkAsync(Head, Role.Staff, "หัวหน้าสำนักปลัด");
        await LinkAsync(Palat, Role.Manager, "ปลัดเทศบาล");
        await LinkAsync(Mayor, Role.Manager, "นายกเทศมนตรี");
        await LinkAsync(Stranger, Role.Staff, "นักวิชาการคลัง");
    }

    [Fact]
    public async Task Each_approver_in_turn_gets_the_report_and_the_memo_ends_with_every_block_and_the_order()
    {
        var sent = await SayAsync(Officer, "ส่งรายงาน");
        Assert.Contains("ส่งรายงานรอบ 6 เดือน ปีงบประมาณ 2568 ถึงหัวหน้าสำนักปลัด", sent.Said, StringComparison.Ordinal);

        var toHead = await PushToAsync(Head);
        Assert.Contains(("เห็นชอบ", "เห็นชอบ " + Report), toHead.QuickReplies);
        Assert.Contains(("ส่งกลับ", "ส่งกลับ " + Report), toHead.QuickReplies);
        Assert.Contains("เปิดบันทึกข้อความ (PDF)", toHead.Said, StringComparison.Ordinal);

        Assert.Contains("ส่งต่อถึงปลัดเทศบาล", (await SayAsync(Head, "เห็นชอบ " + Report)).Said, StringComparison.Ordinal);
        await PushToAsync(Palat);
        Assert.Contains("พิมพ์ความเห็นของท่าน", (await SayAsync(Palat, "ความเห็น " + Report)).Said, StringComparison.Ordinal);
        Assert.Contains("ส่งต่อถึงนายกเทศมนตรี", (await SayAsync(Palat, "ควรเร่งรัดมาตรการที่ 7 ให้เสร็จในไตรมาสหน้า")).Said, StringComparison.Ordinal);
        await PushToAsync(Mayor);
        Assert.Contains("ผ่านการพิจารณาครบแล้ว", (await SayAsync(Mayor, "ทราบ " + Report)).Said, StringComparison.Ordinal);

        var told = await PushToAsync(Officer);
        Assert.Contains("ผ่านการพิจารณาครบแล้วค่ะ คำสั่งนายกเทศมนตรี: ทราบ", told.Said, StringComparison.Ordinal);
        var memo = Docx.Read(await QueryAsync(async db =>
        {
            var submission = await db.ReportSubmissions.SingleAsync();
            Assert.Equal(SubmissionState.Approved, submission.State);
            return (await db.StoredFiles.SingleAsync(f => f.Id == submission.ApprovedFileId)).Content;
        }));
        var blocks = memo.Paragraphs.SkipWhile(p => p != ThaiDigits.ToThai("(ทดสอบ o001)")).ToList();
        Assert.Equal(
            [
                ThaiDigits.ToThai("(ทดสอบ o001)"), "นักจัดการงานทั่วไปชำนาญการ",
                "ความเห็นหัวหน้าสำนักปลัด  เห็นชอบ", ThaiDigits.ToThai("(ทดสอบ h001)"), "หัวหน้าสำนักปลัด", "๓ มีนาคม ๒๕๖๘",
                "ความเห็นปลัดเทศบาล  " + ThaiDigits.ToThai("ควรเร่งรัดมาตรการที่ 7 ให้เสร็จในไตรมาสหน้า"), ThaiDigits.ToThai("(ทดสอบ p001)"), "ปลัดเทศบาล", "๓ มีนาคม ๒๕๖๘",
                "คำสั่งนายกเทศมนตรี  ทราบ", ThaiDigits.ToThai("(ทดสอบ m001)"), "นายกเทศมนตรี", "๓ มีนาคม ๒๕๖๘",
            ],
            blocks);

        // Signed off, it is public: its page, and the memo as it was signed.
        var page = await Client.GetStringAsync(new Uri("/public/progress/2568/6", UriKind.Relative));
        Assert.Contains("หัวหน้าสำนักปลัด (เห็นชอบ) → ปลัดเทศบาล (ควรเร่งรัดมาตรการที่ 7 ให้เสร็จในไตรมาสหน้า) → นายกเทศมนตรี (ทราบ)", page, StringComparison.Ordinal);
        Assert.Equal(10, page.Split("<tr><td>").Length - 1 - Enum.GetValues<Core.Measures.MeasureStatus>().Length);
        Assert.Contains("href=\"/public/progress/2568/6\"", await Client.GetStringAsync(new Uri("/public", UriKind.Relative)), StringComparison.Ordinal);
        var pdf = await Client.GetAsync(new Uri("/public/progress/2568/6/memo.pdf", UriKind.Relative));
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        Line.AssertContractKept();
    }

    [Fact]
    public async Task A_report_sent_back_reaches_the_officer_with_the_reason_and_goes_up_again_when_sent_again()
    {
        await SayAsync(Officer, "ส่งรายงาน");
        await PushToAsync(Head);
        Assert.Contains("รอหัวหน้าสำนักปลัด", (await SayAsync(Palat, "เห็นชอบ " + Report)).Said, StringComparison.Ordinal);

        await SayAsync(Head, "ส่งกลับ " + Report + " ตัวเลขมาตรการ 4 ไม่ตรงกับทะเบียนพัสดุ");
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync(new Uri("/public/progress/2568/6", UriKind.Relative))).StatusCode);

        var back = await PushToAsync(Officer);
        var where = await SayAsync(Officer, Report);
        Assert.Contains("ถูกส่งกลับ", where.Said, StringComparison.Ordinal);
        Assert.Contains("ตัวเลขมาตรการ 4 ไม่ตรงกับทะเบียนพัสดุ", where.Said, StringComparison.Ordinal);
        Assert.Contains("ถูกส่งกลับโดยหัวหน้าสำนักปลัด", back.Said, StringComparison.Ordinal);
        Assert.Contains("ตัวเลขมาตรการ 4 ไม่ตรงกับทะเบียนพัสดุ", back.Said, StringComparison.Ordinal);
        var again = Assert.Single(back.QuickReplies);
        Assert.Contains("(ครั้งที่ 2)", (await SayAsync(Officer, again.Text)).Said, StringComparison.Ordinal);
        await EventuallyAsync(() => Task.FromResult(PushesTo(Head).Count), count => count == 2, count => $"{count} pushes to the head");
        var steps = await QueryAsync(db => db.ApprovalSteps.OrderBy(s => s.Round).ThenBy(s => s.Order).ToListAsync());
        Assert.Equal(ApprovalDecision.SentBack, steps[0].Decision);
        Assert.Equal([1, 1, 1, 2, 2, 2], steps.Select(s => s.Round));
    }

    [Fact]
    public async Task A_step_waiting_three_working_days_reminds_its_approver_once()
    {
        await SayAsync(Officer, "ส่งรายงาน");
        await PushToAsync(Head);
        var runner = Bot.Services.GetRequiredService<JobRunner>();
        var bangkok = TimeSpan.FromHours(7);

        Assert.Equal(0, await runner.RunAtAsync(ApprovalReminderJob.JobId, new DateTimeOffset(2025, 3, 5, 9, 0, 0, bangkok), CancellationToken.None));
        Assert.Equal(1, await runner.RunAtAsync(ApprovalReminderJob.JobId, new DateTimeOffset(2025, 3, 6, 9, 0, 0, bangkok), CancellationToken.None));
        Assert.Equal(0, await runner.RunAtAsync(ApprovalReminderJob.JobId, new DateTimeOffset(2025, 3, 10, 9, 0, 0, bangkok), CancellationToken.None));

        await IdleAsync();
        var reminder = Assert.Single(PushesTo(Head), p => p.Said.Contains("เตือนค่ะ", StringComparison.Ordinal));
        Assert.Contains("มา 3 วันทำการแล้ว", reminder.Said, StringComparison.Ordinal);
        Assert.Contains(("ดูรายงาน", Report), reminder.QuickReplies);
    }

    [Fact]
    public async Task After_month_6_the_draft_is_announced_to_whoever_writes_it_once_and_not_once_it_was_sent()
    {
        const string admin = "U0000000000000000000000000000a001";
        await TestPeople.LinkAsync(Bot.Services, admin, Role.Admin, PeopleDirectory.PalatUnit);
        var runner = Bot.Services.GetRequiredService<JobRunner>();
        var april = new DateTimeOffset(2025, 4, 1, 9, 0, 0, TimeSpan.FromHours(7));

        Assert.Equal(1, await runner.RunAtAsync(ReportDraftJob.JobId, april, CancellationToken.None));
        Assert.Equal(0, await runner.RunAtAsync(ReportDraftJob.JobId, april.AddDays(1), CancellationToken.None));

        var draft = await PushToAsync(admin);
        Assert.Contains("ร่างรายงานรอบ 6 เดือน ปีงบประมาณ 2568", draft.Said, StringComparison.Ordinal);
        Assert.Contains(("ส่งรายงาน", "ส่งรายงาน 6 เดือน ปีงบประมาณ 2568"), draft.QuickReplies);
        // Last year's 12-month round has no plan in this database: nothing to draft in October.
        Assert.Equal(0, await runner.RunAtAsync(ReportDraftJob.JobId, new DateTimeOffset(2024, 10, 1, 9, 0, 0, TimeSpan.FromHours(7)), CancellationToken.None));
    }

    [Fact]
    public async Task A_draft_opens_for_the_people_in_its_chain_and_for_nobody_else()
    {
        await SayAsync(Officer, "ส่งรายงาน");
        await PushToAsync(Head);
        var links = Bot.Services.GetRequiredService<IDocumentLinks>();
        var ids = await QueryAsync(db => db.People.ToDictionaryAsync(p => p.LineUserId!, p => p.Id));
        Uri Memo(string user) => links.LinkTo(new DocumentRequest(DocumentKind.Memo, 2568, 6, Pdf: false, Submitted: true, For: ids[user]))!;

        var forHead = await Client.GetAsync(new Uri(Memo(Head).PathAndQuery, UriKind.Relative));
        var forStranger = await Client.GetAsync(new Uri(Memo(Stranger).PathAndQuery, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, forHead.StatusCode);
        Assert.Contains(ThaiDigits.ToThai("(ทดสอบ o001)"), Docx.Read(await forHead.Content.ReadAsByteArrayAsync()).Paragraphs);
        Assert.Equal(HttpStatusCode.NotFound, forStranger.StatusCode);
        Assert.Contains("ไม่พบรายงานรอบ 6 เดือน", (await SayAsync(Stranger, Report)).Said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_report_verb_sends_it_for_a_named_person_and_the_first_approver_is_pushed_by_the_server()
    {
        var officer = await QueryAsync(db => db.People.Where(p => p.LineUserId == Officer).Select(p => p.Id).SingleAsync());

        var sent = await BotVerb.RunAsync(Bot.Database, "", "report", "send", "--as", officer.ToString(System.Globalization.CultureInfo.InvariantCulture), "--fiscal-year", "2568", "--months", "6");
        var again = await BotVerb.RunAsync(Bot.Database, "", "report", "send", "--as", officer.ToString(System.Globalization.CultureInfo.InvariantCulture), "--fiscal-year", "2568", "--months", "6");

        Assert.Equal((0, 1), (sent.ExitCode, again.ExitCode));
        Assert.Contains("ถึงหัวหน้าสำนักปลัด", sent.Output, StringComparison.Ordinal);
        Assert.Contains("อยู่ระหว่างเสนอ", again.Output, StringComparison.Ordinal);
        Assert.Equal(1, await CountAsync<Core.Messaging.OutboxMessage>(m => m.ChatId == Head));
    }

    [Fact]
    public async Task Without_someone_in_each_position_the_report_is_not_sent_and_the_missing_ones_are_named()
    {
        await QueryAsync(db => db.People.Where(p => p.LineUserId == Palat).ExecuteUpdateAsync(p => p.SetProperty(x => x.Position, (string?)null)));

        var reply = await SayAsync(Officer, "ส่งรายงาน");

        Assert.Contains("ไม่มีผู้ดำรงตำแหน่งปลัดเทศบาล", reply.Said, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync<ReportSubmission>());
    }

    [Fact]
    public async Task A_round_of_a_year_without_a_plan_is_refused_and_nothing_is_kept_of_it()
    {
        var reply = await SayAsync(Officer, "ส่งรายงาน 6 เดือน ปีงบประมาณ 2570");
        await IdleAsync();

        Assert.Contains("ยังไม่มีแผนของปีงบประมาณ 2570", reply.Said, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync<ReportSubmission>());
        Assert.Empty(PushesTo(Head));
    }

    private async Task LinkAsync(string user, Role role, string position)
    {
        await TestPeople.LinkAsync(Bot.Services, user, role, PeopleDirectory.PalatUnit);
        await QueryAsync(db => db.People.Where(p => p.LineUserId == user).ExecuteUpdateAsync(p => p.SetProperty(x => x.Position, position)));
    }

    private List<LineCall> PushesTo(string user) =>
        [.. Line.Calls(LineFake.PushPath).Where(c => c.Status == 200 && c.Json.GetProperty("to").GetString() == user)];

    /// <summary>Waits for the latest push to <paramref name="user"/> after the bot is idle.</summary>
    private async Task<LineCall> PushToAsync(string user)
    {
        await IdleAsync();
        return Assert.IsType<LineCall>(PushesTo(user).LastOrDefault(), exactMatch: false);
    }
}
