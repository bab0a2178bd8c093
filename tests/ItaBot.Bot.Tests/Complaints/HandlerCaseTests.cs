using ItaBot.Bot.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Bot.Tests.Complaints;

/// <summary>
/// Handlers get the whole case, nothing goes to nobody, and what the citizen is told is true; through the signed
/// webhook.
/// </summary>
public class HandlerCaseTests : ComplaintBotTest
{
    [Fact]
    public async Task The_handlers_push_and_card_show_the_filer_phone_and_place_with_a_map_link_that_the_filer_does_not_see_twice()
    {
        await CitizenSaysAsync("ร้องเรียน", "ไฟฟ้าส่องสว่าง", "ไฟดับทั้งซอย", "ข้าม");
        await SendAsync(token => LineWebhook.Event("message", LineWebhook.User(Citizen), token, extra: """
            "message":{"id":"m-place","type":"location","title":"ซอยวัดไผ่ดำ","address":"หมู่ 3","latitude":13.7563,"longitude":100.5018}
            """));
        await CitizenSaysAsync("081-234-5678", "ยืนยัน");
        await IdleAsync();

        var push = Line.Calls(LineFake.PushPath).Single(c => c.Json.GetProperty("to").GetString() == Engineer).Said;
        var card = (await SayAsync(Engineer, "C68-00001")).Said;
        var own = (await SayAsync(Citizen, "C68-00001")).Said;

        foreach (var seen in new[] { push, card })
        {
            Assert.Contains("ระบุตัวตน (ได้รับแจ้งความคืบหน้าทาง LINE)", seen, StringComparison.Ordinal);
            Assert.Contains("081-234-5678", seen, StringComparison.Ordinal);
            Assert.Contains("https://www.google.com/maps?q=13.7563,100.5018", seen, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("081-234-5678", own, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_handlers_push_shows_the_photos_by_signed_links_that_open_them_and_nothing_else()
    {
        await CitizenSaysAsync("ร้องเรียน", "ไฟฟ้าส่องสว่าง", "ไฟดับทั้งซอย");
        await SendPhotoAsync(Citizen);
        await CitizenSaysAsync("ไปต่อ", "ข้าม", "ข้าม", "ยืนยัน");
        await IdleAsync();

        var push = Line.Calls(LineFake.PushPath).Single(c => c.Json.GetProperty("to").GetString() == Engineer);
        var image = push.Json.GetProperty("messages")[0];
        Assert.Equal("image", image.GetProperty("type").GetString());
        var link = new Uri(image.GetProperty("originalContentUrl").GetString()!);
        Assert.StartsWith(LineWebhook.PublicBaseUrl + "/photos/", link.AbsoluteUri, StringComparison.Ordinal);
        Assert.Contains("รูปประกอบ: 1 รูป", push.Said, StringComparison.Ordinal);
        var card = await SayAsync(Engineer, "C68-00001");
        var own = await SayAsync(Citizen, "C68-00001");
        Assert.Equal(["flex", "image"], card.Json.GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("type").GetString()));
        Assert.Equal(["flex"], own.Json.GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("type").GetString()));
        Line.AssertContractKept();

        var photo = await Client.GetAsync(link.AbsolutePath);
        var forged = await Client.GetAsync(link.AbsolutePath[..^4] + "AAAA");
        Assert.Equal(System.Net.HttpStatusCode.OK, photo.StatusCode);
        Assert.Equal([0xFF, 0xD8, 0xFF, 0xD9], await photo.Content.ReadAsByteArrayAsync());
        Assert.Equal(System.Net.HttpStatusCode.NotFound, forged.StatusCode);
    }

    [Fact]
    public async Task A_named_corruption_report_no_longer_looks_like_an_anonymous_one()
    {
        await FileCorruptionAsync();
        await CitizenSaysAsync("ร้องเรียน", "ทุจริต/สินบน", "เปิดเผยตัวตน", "เจ้าหน้าที่เรียกรับเงินค่าใบอนุญาต", "ข้าม", "ข้าม", "ข้าม", "ยืนยัน");
        await IdleAsync();

        var pushes = Line.Calls(LineFake.PushPath).Where(c => c.Json.GetProperty("to").GetString() == Palat).Select(c => c.Said).ToList();

        Assert.Equal(2, pushes.Count);
        Assert.Contains("ผู้แจ้ง: ไม่เปิดเผยตัวตน", pushes[0], StringComparison.Ordinal);
        Assert.Contains("ผู้แจ้ง: ระบุตัวตน", pushes[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_complaint_for_a_unit_with_nobody_linked_goes_to_the_managers_saying_why()
    {
        await CitizenSaysAsync("ร้องเรียน", "ขยะ", "ขยะไม่ได้เก็บมาสามวัน", "ข้าม", "ข้าม", "ข้าม", "ยืนยัน");
        await IdleAsync();

        var push = Assert.Single(Line.Calls(LineFake.PushPath));
        Assert.Equal(Palat, push.Json.GetProperty("to").GetString());
        Assert.Contains("ส่งถึงผู้บริหาร เพราะกองสาธารณสุขยังไม่มีเจ้าหน้าที่เชื่อมบัญชี LINE", push.Said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ข้าม")]
    [InlineData("ok")]
    [InlineData("เสร็จ")]
    public async Task A_word_or_a_skip_is_refused_as_the_answer_that_closes_a_complaint(string note)
    {
        await CitizenSaysAsync("ร้องเรียน", "ไฟฟ้าส่องสว่าง", "ไฟดับ", "ข้าม", "ข้าม", "ข้าม", "ยืนยัน");
        await SayAsync(Engineer, "จัดการเรื่อง C68-00001");
        await SayAsync(Engineer, "ดำเนินการเสร็จสิ้น");

        var refused = (await SayAsync(Engineer, note)).Said;

        Assert.Contains("เรื่องที่เสร็จสิ้นต้องแจ้งผู้ร้องว่าดำเนินการอะไรไปค่ะ", refused, StringComparison.Ordinal);
        Assert.Contains("ถูกต้องไหมคะ", (await SayAsync(Engineer, "เปลี่ยนหลอดไฟแล้ว ใช้งานได้")).Said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_handler_is_told_truthfully_that_a_filer_who_erased_their_data_will_not_be_told()
    {
        await CitizenSaysAsync("ร้องเรียน", "ไฟฟ้าส่องสว่าง", "ไฟดับ", "ข้าม", "ข้าม", "ข้าม", "ยืนยัน");
        await CitizenSaysAsync("ลบข้อมูลของฉัน", "ยืนยัน");
        await SayAsync(Engineer, "จัดการเรื่อง C68-00001");
        await SayAsync(Engineer, "ดำเนินการเสร็จสิ้น");

        Assert.Contains("ผู้ร้องลบข้อมูลของตนแล้ว จะไม่มีผู้ได้รับแจ้ง", (await SayAsync(Engineer, "เปลี่ยนหลอดไฟแล้ว")).Said, StringComparison.Ordinal);
        Assert.Contains("ผู้ร้องลบข้อมูลของตนแล้ว จึงไม่มีผู้ได้รับแจ้ง", (await SayAsync(Engineer, "ยืนยัน")).Said, StringComparison.Ordinal);
        await IdleAsync();
        Assert.DoesNotContain(Line.Calls(LineFake.PushPath), c => c.Json.GetProperty("to").GetString() == Citizen);
    }

    [Fact]
    public async Task A_second_rating_says_it_replaced_the_first()
    {
        await CitizenSaysAsync("ร้องเรียน", "ไฟฟ้าส่องสว่าง", "ไฟดับ", "ข้าม", "ข้าม", "ข้าม", "ยืนยัน");
        foreach (var text in new[] { "จัดการเรื่อง C68-00001", "ดำเนินการเสร็จสิ้น", "เปลี่ยนหลอดไฟแล้ว", "ยืนยัน" })
        {
            await SayAsync(Engineer, text);
        }

        await CitizenSaysAsync("ให้คะแนน C68-00001 2", "ข้าม");
        var again = (await SayAsync(Citizen, "5 มากที่สุด")).Said;

        Assert.Contains("ขออภัยค่ะ ยังไม่เข้าใจ", again, StringComparison.Ordinal);
        Assert.Contains("เปลี่ยนคะแนนความพึงพอใจเรื่อง C68-00001 จาก 2 เป็น 5", (await SayAsync(Citizen, "ให้คะแนน C68-00001 5")).Said, StringComparison.Ordinal);
        Assert.Equal(5, (await QueryAsync(db => db.Complaints.AsNoTracking().SingleAsync())).Rating);
    }
}
