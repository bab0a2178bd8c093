using System.Net;
using ItaBot.Bot.Tests.Complaints;
using ItaBot.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ItaBot.Bot.Tests.Web;

/// <summary>
/// The public pages an organisation names in the ITA system, fetched over HTTP as anyone would: the complaint
/// statistics as they stand, and nothing of who filed what.
/// </summary>
public sealed class PublicPageTests : ComplaintBotTest
{
    private const string Phone = "0812345678";

    private const string Outage = "ไฟดับหน้าบ้านเลขที่ 99 หมู่ 3";

    [Fact]
    public async Task The_years_statistics_are_public_and_hold_no_personal_data_of_a_report_filed_anonymously()
    {
        await FileCorruptionAsync();
        await CitizenSaysAsync("ร้องเรียน", "ไฟฟ้าส่องสว่าง", Outage, "ข้าม", "ข้าม", Phone, "ยืนยัน");
        await IdleAsync();

        var response = await Client.GetAsync(new Uri("/public/complaints/2568", UriKind.Relative));
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("<h1>รายงานสถิติเรื่องร้องเรียน</h1>", page, StringComparison.Ordinal);
        Assert.Contains("<tr><td>ได้รับเรื่องร้องเรียน</td><td class=\"n\">1</td></tr>", page, StringComparison.Ordinal);
        Assert.Contains("<tr><td>ไฟฟ้าส่องสว่าง</td><td class=\"n\">1</td></tr>", page, StringComparison.Ordinal);
        Assert.Contains("ข้อมูล ณ วันที่ 3 มีนาคม 2568", page, StringComparison.Ordinal);
        var corruption = page[page.IndexOf("ทุจริตและประพฤติมิชอบ", StringComparison.Ordinal)..];
        Assert.Contains("<tr><td>ได้รับเรื่องร้องเรียน</td><td class=\"n\">1</td></tr>", corruption, StringComparison.Ordinal);
        foreach (var personal in new[] { "เจ้าหน้าที่เรียกเงิน", "ทุจริต/สินบน", Outage, Phone, Citizen, LineFake.DisplayName, "C68-0000" })
        {
            Assert.DoesNotContain(personal, page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_quarter_without_complaints_says_so_and_the_index_links_each_quarter_begun()
    {
        var quarter = await Client.GetStringAsync(new Uri("/public/complaints/2568/q1", UriKind.Relative));
        var index = await Client.GetStringAsync(new Uri("/public", UriKind.Relative));

        Assert.Equal(2, quarter.Split("<p>ไม่มีเรื่องร้องเรียน</p>").Length - 1);
        Assert.Contains("ไตรมาสที่ 1 ปีงบประมาณ พ.ศ. 2568", quarter, StringComparison.Ordinal);
        Assert.Contains("href=\"/public/complaints/2568/q2\"", index, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/public/complaints/2568/q3\"", index, StringComparison.Ordinal);
        Assert.Contains("href=\"/public/complaints/2567\"", index, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_ITA_item_a_page_is_evidence_for_is_the_years_own_from_the_settings()
    {
        using var bot = new BotFactory(new Dictionary<string, string?> { ["Jobs:Enabled"] = "false", ["Public:Items:2568:complaints"] = "O26" }, Bot.Services.GetRequiredService<TimeProvider>());
        using var client = bot.CreateClient();

        var named = await client.GetStringAsync(new Uri("/public/complaints/2568", UriKind.Relative));
        var other = await client.GetStringAsync(new Uri("/public/complaints/2567", UriKind.Relative));

        Assert.Contains("หลักฐานประกอบการประเมิน ITA ข้อ O26", named, StringComparison.Ordinal);
        Assert.DoesNotContain("หลักฐานประกอบการประเมิน ITA", other, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/public/complaints/2568/q5")]
    [InlineData("/public/complaints/2599")]
    [InlineData("/public/complaints/1999/report.pdf")]
    public async Task An_address_for_no_period_is_not_found(string path) =>
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync(new Uri(path, UriKind.Relative))).StatusCode);

    [Fact]
    public async Task Each_page_offers_its_report_as_a_PDF()
    {
        var response = await Client.GetAsync(new Uri("/public/complaints/2568/q2/report.pdf", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(await response.Content.ReadAsByteArrayAsync())[..5], StringComparison.Ordinal);
    }
}
