using ItaBot.Core.Calendar;
using ItaBot.Core.Complaints;
using ItaBot.Core.People;
using ItaBot.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Core.Tests.Complaints;

public class ComplaintDeskTests
{
    private static readonly TimeSpan Bangkok = TimeSpan.FromHours(7);
    private static readonly ComplaintKind Lights = new() { Name = "ไฟฟ้าส่องสว่าง", Unit = "กองช่าง" };
    private readonly FixedTime clock = new(new DateTimeOffset(2025, 3, 3, 10, 0, 0, Bangkok));

    [Theory]
    [InlineData(2025, 3, 3, 23, 59, "18 มี.ค. 68")]
    [InlineData(2025, 3, 4, 0, 0, "19 มี.ค. 68")]
    [InlineData(2025, 2, 14, 9, 0, "1 มี.ค. 68")]
    public async Task A_complaint_is_due_fifteen_days_after_the_day_it_was_filed_in_Bangkok(int year, int month, int day, int hour, int minute, string due)
    {
        await using var database = await TestDatabase.CreateAsync();
        clock.Now = new DateTimeOffset(year, month, day, hour, minute, 0, Bangkok);

        var complaint = await FileAsync(database, "U1", anonymous: false);

        Assert.Equal(due, ThaiDate.FormatShort(complaint.DueOn));
    }

    [Fact]
    public async Task Numbers_run_on_within_a_Buddhist_year_and_start_again_with_the_next()
    {
        await using var database = await TestDatabase.CreateAsync();
        clock.Now = new DateTimeOffset(2025, 12, 31, 23, 0, 0, Bangkok);
        var first = await FileAsync(database, "U1", anonymous: false);
        var second = await FileAsync(database, "U2", anonymous: false);
        clock.Now = new DateTimeOffset(2026, 1, 1, 0, 30, 0, Bangkok);
        var third = await FileAsync(database, "U1", anonymous: false);

        Assert.Equal(["C68-00001", "C68-00002", "C69-00001"], new[] { first.Number, second.Number, third.Number });
    }

    [Fact]
    public async Task An_anonymous_complaint_keeps_only_a_keyed_hash_of_the_filer_which_still_finds_it_for_them()
    {
        await using var database = await TestDatabase.CreateAsync();

        var filed = await FileAsync(database, "U-filer", anonymous: true, phone: "0812345678");

        await using var db = database.Open();
        var stored = await db.Complaints.AsNoTracking().SingleAsync();
        Assert.Null(stored.FilerUserId);
        Assert.Null(stored.Phone);
        Assert.Equal(64, stored.FilerKey.Length);
        Assert.DoesNotContain("filer", stored.FilerKey, StringComparison.OrdinalIgnoreCase);
        var desk = Desk(db, new ComplaintOptions());
        Assert.Equal(filed.Number, Assert.Single(await desk.FiledByAsync("U-filer", CancellationToken.None)).Number);
        Assert.Empty(await desk.FiledByAsync("U-other", CancellationToken.None));
        Assert.NotNull(await desk.FindForAsync(filed.Number, Member.Citizen("U-filer"), CancellationToken.None));
        Assert.Null(await desk.FindForAsync(filed.Number, Member.Citizen("U-other"), CancellationToken.None));
    }

    [Fact]
    public async Task The_key_depends_on_the_secret_so_it_cannot_be_made_from_a_user_id_alone()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.Open();

        var stored = await new FilerKeys(db, new ComplaintOptions()).KeyOfAsync("U1", CancellationToken.None);
        var again = await new FilerKeys(db, new ComplaintOptions()).KeyOfAsync("U1", CancellationToken.None);
        var configured = await new FilerKeys(db, new ComplaintOptions { FilerKeySecret = "another secret" }).KeyOfAsync("U1", CancellationToken.None);

        Assert.Equal(stored, again);
        Assert.NotEqual(stored, configured);
        Assert.Equal(1, await db.AppSecrets.CountAsync());
    }

    [Theory]
    [InlineData("C68-00042", "C68-00042")]
    [InlineData("c68-42", "C68-00042")]
    [InlineData("C6800042", "C68-00042")]
    [InlineData("ค68-00042", null)]
    [InlineData("C๖๘-๐๐๐๔๒", "C68-00042")]
    [InlineData("68-42", "C68-00042")]
    [InlineData("C68-000042", null)]
    public void A_number_is_read_however_it_is_typed(string typed, string? number) =>
        Assert.Equal(number, ComplaintDesk.Normalize(typed));

    private async Task<Complaint> FileAsync(TestDatabase database, string user, bool anonymous, string? phone = null)
    {
        await using var db = database.Open();
        var complaint = await Desk(db, new ComplaintOptions())
            .FileAsync(new ComplaintDraft(Lights, "ไฟดับ", [], null, null, null, phone, anonymous), user, CancellationToken.None);
        await db.SaveChangesAsync();
        return complaint;
    }

    private ComplaintDesk Desk(Persistence.ItaBotDbContext db, ComplaintOptions options) =>
        new(db, new FiscalCalendar(clock, TimeZones.Find(TimeZones.Bangkok)), new Numbering.YearlyNumbers(db), new FilerKeys(db, options), new PeopleDirectory(db, clock), clock);
}
