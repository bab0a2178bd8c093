using System.Net;
using System.Text.Json;
using ItaBot.Bot.Documents;
using ItaBot.Bot.Line;
using ItaBot.Bot.Tests.Complaints;
using ItaBot.Bot.Tests.Support;
using ItaBot.Bot.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ItaBot.Bot.Tests.Documents;

/// <summary>
/// A manager asks for a document in LINE: the figures come in a card, with links to the document on the bot's own web
/// server — LINE cannot send a file — that open that document only, and only for a while.
/// </summary>
public sealed class ReportLinkTests : ComplaintBotTest
{
    [Fact]
    public async Task A_managers_progress_report_comes_as_a_card_with_links_that_open_the_document_itself()
    {
        var reply = await SayAsync(Palat, "รายงานความก้าวหน้า");

        Assert.Contains("รายงานผลการดำเนินการ รอบ 6 เดือน", reply.Said, StringComparison.Ordinal);
        Assert.Contains("ข้อมูล ณ 3 มี.ค. 2568", reply.Said, StringComparison.Ordinal);
        var links = Links(reply);
        Assert.Equal(4, links.Count);
        Assert.All(links, link => Assert.StartsWith(LineWebhook.PublicBaseUrl + "/documents/", link.AbsoluteUri, StringComparison.Ordinal));
        var word = links.First(l => l.AbsolutePath.EndsWith("progress-2568-6m.docx", StringComparison.Ordinal));

        var response = await Client.GetAsync(new Uri(word.PathAndQuery, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(new DocumentRequest(DocumentKind.Progress, 2568, Pdf: false).ContentType, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(11, Assert.Single(Docx.Read(await response.Content.ReadAsByteArrayAsync()).Tables).Count);

        Line.AssertContractKept();
    }

    [Fact]
    public async Task A_link_altered_by_one_letter_opens_nothing()
    {
        var link = Links(await SayAsync(Palat, "รายงานสถิติเรื่องร้องเรียน"))[0];
        var path = link.AbsolutePath;
        var at = path.IndexOf('.', StringComparison.Ordinal) - 1;
        var altered = path[..at] + (path[at] == 'A' ? 'B' : 'A') + path[(at + 1)..];

        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync(new Uri(altered, UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync(new Uri("/documents/x.y/progress-2568-6m.pdf", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task A_link_to_a_document_that_cannot_be_drawn_says_why()
    {
        var link = Bot.Services.GetRequiredService<IDocumentLinks>().LinkTo(new DocumentRequest(DocumentKind.Progress, 2570, 6, Pdf: false))!;

        var response = await Client.GetAsync(new Uri(link.PathAndQuery, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("ยังไม่มีแผนของปีงบประมาณ 2570", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_complaint_report_counts_corruption_reports_and_says_nothing_of_them()
    {
        await FileCorruptionAsync();

        var reply = await SayAsync(Palat, "รายงานสถิติเรื่องร้องเรียน");

        Assert.Contains("ปีงบประมาณ พ.ศ. 2568", reply.Said, StringComparison.Ordinal);
        Assert.Contains("รับ 1 · เสร็จ 0 · ค้าง 1", reply.Said, StringComparison.Ordinal);
        Assert.Matches(@"ทุจริต/ประพฤติมิชอบ\n(?:[^\n]*\n){0,3}1 เรื่อง", reply.Said);
        Assert.DoesNotContain("เจ้าหน้าที่เรียกเงิน", reply.Said, StringComparison.Ordinal);
        Assert.Equal(2, Links(reply).Count);
    }

    [Fact]
    public async Task Documents_are_for_staff_a_citizen_asking_is_told_so()
    {
        var citizen = await SayAsync(Citizen, "รายงานความก้าวหน้า");
        var staff = await SayAsync(Engineer, "รายงานความก้าวหน้า");

        Assert.Empty(Links(citizen));
        Assert.DoesNotContain("รายงานผลการดำเนินการ", citizen.Said, StringComparison.Ordinal);
        Assert.Equal(4, Links(staff).Count);
    }

    [Fact]
    public void A_link_opens_its_document_until_its_lifetime_is_over_and_not_after()
    {
        var web = Options.Create(new WebOptions { PublicBaseUrl = "https://itabot.test", DocumentLinkLifetime = TimeSpan.FromDays(7) });
        var line = Options.Create(new LineOptions { ChannelSecret = LineWebhook.Secret });
        var made = new DateTimeOffset(2025, 3, 3, 10, 0, 0, TimeSpan.Zero);
        var request = new DocumentRequest(DocumentKind.Survey, 2568, Quarter: 2);
        var link = new DocumentLinks(web, line, new ShiftedTime(made)).LinkTo(request)!;
        var token = link.Segments[2].TrimEnd('/');

        Assert.Equal(request, new DocumentLinks(web, line, new ShiftedTime(made.AddDays(6))).Read(token));
        Assert.Null(new DocumentLinks(web, line, new ShiftedTime(made.AddDays(7).AddMinutes(1))).Read(token));
        Assert.Null(new DocumentLinks(web, Options.Create(new LineOptions { ChannelSecret = "another channel" }), new ShiftedTime(made)).Read(token));
    }

    [Theory]
    [InlineData("")]
    [InlineData("http://itabot.test")]
    public void Without_an_HTTPS_public_address_no_document_or_photo_link_is_made(string publicBaseUrl)
    {
        var web = Options.Create(new WebOptions { PublicBaseUrl = publicBaseUrl });
        var line = Options.Create(new LineOptions { ChannelSecret = LineWebhook.Secret });

        Assert.Null(new DocumentLinks(web, line, TimeProvider.System).LinkTo(new DocumentRequest(DocumentKind.Survey, 2568, Quarter: 2)));
        Assert.Null(new ItaBot.Bot.Pipeline.PhotoLinks(web, line).Of(Guid.NewGuid()));
    }

    /// <summary>The addresses the reply's buttons and lines open.</summary>
    private static List<Uri> Links(LineCall reply)
    {
        var found = new List<Uri>();
        void Walk(JsonElement element)
        {
            if (element.ValueKind == JsonValueKind.Object)
            {
                if (element.TryGetProperty("type", out var type) && type.GetString() == "uri")
                {
                    found.Add(new Uri(element.GetProperty("uri").GetString()!));
                }

                foreach (var property in element.EnumerateObject())
                {
                    Walk(property.Value);
                }
            }
            else if (element.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item);
                }
            }
        }

        Walk(reply.Json);
        return found;
    }
}
