using ItaBot.Bot.Tests.Support;
using ItaBot.Core.People;

namespace ItaBot.Bot.Tests.Complaints;

/// <summary>
/// The bot on 3 March 2025 (complaints number as C68-…), with a citizen, the ปลัด (a manager of สำนักปลัด, so the
/// integrity officer by default) and a member of กองช่าง (roads, lights and water).
/// </summary>
public abstract class ComplaintBotTest() : LineBotTest(new ShiftedTime(new DateTimeOffset(2025, 3, 3, 10, 0, 0, TimeSpan.FromHours(7))))
{
    protected const string Citizen = LineWebhook.CitizenUser;
    protected const string Palat = "U0000000000000000000000000000p001";
    protected const string Engineer = "U0000000000000000000000000000e001";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await TestPeople.LinkAsync(Bot.Services, Palat, Role.Manager, PeopleDirectory.PalatUnit);
        await TestPeople.LinkAsync(Bot.Services, Engineer, Role.Staff, "กองช่าง");
    }

    /// <summary>The citizen files an anonymous corruption report, C68-00001, with no photo and no place.</summary>
    protected Task FileCorruptionAsync() =>
        CitizenSaysAsync("ร้องเรียน", "ทุจริต/สินบน", "ไม่เปิดเผยตัวตน", "เจ้าหน้าที่เรียกเงิน", "ข้าม", "ข้าม", "ยืนยัน");

    /// <summary>Sends each text in turn as the citizen, waiting for each answer.</summary>
    protected async Task CitizenSaysAsync(params string[] texts)
    {
        foreach (var text in texts)
        {
            await SayAsync(Citizen, text);
        }
    }
}
