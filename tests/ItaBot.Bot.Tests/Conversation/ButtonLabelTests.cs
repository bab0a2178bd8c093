using System.Text.RegularExpressions;
using ItaBot.Bot.Tests.Complaints;
using ItaBot.Bot.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Bot.Tests.Conversation;

/// <summary>
/// Typing a button's label is the same as tapping it. Two citizens walk the same conversations side by side: one taps
/// each button (sends the text behind it), the other types the label LINE shows; at every step they must be offered
/// the same buttons and get the same answer (their complaint numbers aside).
/// </summary>
public partial class ButtonLabelTests : ComplaintBotTest
{
    private const string Typist = "U0000000000000000000000000000t002";

    [Fact]
    public async Task Every_button_of_the_survey_typed_by_its_label_answers_as_tapped()
    {
        await SideBySideAsync("ประเมินความพึงพอใจ");
        for (var question = 0; question < 5; question++)
        {
            await TapAsync(0);
        }

        await TapAsync(0);
        Assert.Equal([5, 5], await QueryAsync(db => db.SurveyAnswers.AsNoTracking().Where(a => a.Question == "steps").Select(a => a.Score).ToListAsync()));
    }

    [Fact]
    public async Task Every_button_of_filing_handling_and_rating_typed_by_its_label_answers_as_tapped()
    {
        await SideBySideAsync("ร้องเรียน");
        await TapAsync(0);
        await SideBySideAsync("ไฟดับหน้าบ้าน");
        await TapAsync(0);
        await TapAsync(0);
        await TapAsync(0);
        await TapAsync(0);
        Assert.Contains("ไฟดับหน้าบ้าน", await TapAsync(0), StringComparison.Ordinal);

        foreach (var number in new[] { "C68-00001", "C68-00002" })
        {
            foreach (var text in new[] { $"จัดการเรื่อง {number}", "ดำเนินการเสร็จสิ้น", "เปลี่ยนหลอดไฟแล้ว", "ยืนยัน" })
            {
                await SayAsync(Engineer, text);
            }
        }

        await IdleAsync();
        var tapped = RatingButtonsPushedTo(Citizen);
        var typed = RatingButtonsPushedTo(Typist);
        Assert.Equal(tapped.Select(b => b.Label), typed.Select(b => b.Label));
        Assert.Equal(Same((await SayAsync(Citizen, tapped[0].Text)).Said), Same((await SayAsync(Typist, typed[0].Label)).Said));
        Assert.Equal([5, 5], await QueryAsync(db => db.Complaints.AsNoTracking().OrderBy(c => c.Id).Select(c => c.Rating ?? 0).ToListAsync()));
    }

    [Fact]
    public async Task Every_button_of_a_measure_update_typed_by_its_label_answers_as_tapped()
    {
        await TestPeople.LinkAsync(Bot.Services, Citizen, ItaBot.Core.People.Role.Manager, "สำนักปลัด");
        await TestPeople.LinkAsync(Bot.Services, Typist, ItaBot.Core.People.Role.Manager, "สำนักปลัด");

        await SideBySideAsync("มาตรการ 4");
        await TapAsync(0);
        await TapAsync(2);
        await TapAsync(0);
        await TapAsync(0);
        await TapAsync(0);

        // Both save; the second's card then shows the measure the first one's update has moved on.
        var (text, label) = (lastTapped!.QuickReplies[0].Text, lastTyped!.QuickReplies[0].Label);
        Assert.Contains("บันทึกแล้วค่ะ", (await SayAsync(Citizen, text)).Said, StringComparison.Ordinal);
        Assert.Contains("บันทึกแล้วค่ะ", (await SayAsync(Typist, label)).Said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_handlers_buttons_say_what_they_send()
    {
        await CitizenSaysAsync("ร้องเรียน", "ไฟฟ้าส่องสว่าง", "ไฟดับ", "ข้าม", "ข้าม", "ข้าม", "ยืนยัน");
        var open = await SayAsync(Engineer, "เรื่องค้าง");
        var button = Assert.Single(open.QuickReplies);

        Assert.Equal(button.Text, button.Label);
        var card = await SayAsync(Engineer, "C68-00001");
        Assert.All(card.QuickReplies, b => Assert.Equal(b.Text, b.Label));
        Assert.Contains("สถานะใดคะ", (await SayAsync(Engineer, card.QuickReplies[0].Label)).Said, StringComparison.Ordinal);
    }

    private LineCall? lastTapped;
    private LineCall? lastTyped;

    /// <summary>Both citizens type the same words.</summary>
    private async Task SideBySideAsync(string text)
    {
        lastTapped = await SayAsync(Citizen, text);
        lastTyped = await SayAsync(Typist, text);
        Assert.Equal(Same(lastTapped.Said), Same(lastTyped.Said));
    }

    /// <summary>
    /// One citizen taps the button at <paramref name="index"/> of those offered, the other types its label as LINE shows
    /// it; both must have been offered the same buttons and get the same answer.
    /// </summary>
    private async Task<string> TapAsync(int index)
    {
        Assert.Equal(lastTapped!.QuickReplies.Select(b => (Same(b.Label), Same(b.Text))), lastTyped!.QuickReplies.Select(b => (Same(b.Label), Same(b.Text))));
        var text = lastTapped.QuickReplies[index].Text;
        var label = lastTyped.QuickReplies[index].Label;
        lastTapped = await SayAsync(Citizen, text);
        lastTyped = await SayAsync(Typist, label);
        Assert.Equal(Same(lastTapped.Said), Same(lastTyped.Said));
        return lastTapped.Said;
    }

    private IReadOnlyList<(string Label, string Text)> RatingButtonsPushedTo(string user) =>
        Line.Calls(LineFake.PushPath).Where(c => c.Json.GetProperty("to").GetString() == user && c.Said.Contains("พึงพอใจ", StringComparison.Ordinal))
            .Select(c => c.QuickReplies).Single();

    /// <summary>
    /// The answer with what differs between the two people taken out: their complaint numbers, the reply token, and the
    /// counts the first one's update has already moved.
    /// </summary>
    private static string Same(string said) => Count().Replace(ComplaintNumber().Replace(Token().Replace(said, ""), "C68-#"), "#/#");

    [GeneratedRegex(@"\d+/\d+")]
    private static partial Regex Count();

    [GeneratedRegex(@"C68-\d{5}")]
    private static partial Regex ComplaintNumber();

    [GeneratedRegex(@"token-[0-9a-f]{32}")]
    private static partial Regex Token();
}
