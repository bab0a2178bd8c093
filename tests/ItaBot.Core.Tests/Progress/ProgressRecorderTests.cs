using ItaBot.Core.Measures;
using ItaBot.Core.People;
using ItaBot.Core.Plans;
using ItaBot.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Core.Tests.Progress;

public class ProgressRecorderTests
{
    private static readonly Member Somsri = new("U1", Role.Staff, 7, "สมศรี", ["กองคลัง"], false);
    private readonly FixedTime clock = new(new DateTimeOffset(2026, 1, 10, 9, 0, 0, TimeSpan.FromHours(7)));

    [Fact]
    public async Task A_measure_is_not_started_until_the_first_update_and_in_progress_after_it()
    {
        await using var database = await PlanAsync();

        var update = await RecordAsync(database, output: 1, amount: 1, "ตรวจสอบครุภัณฑ์ครั้งที่ 1 เสร็จแล้ว");

        await using var db = database.Open();
        var measure = await db.Measures.SingleAsync(m => m.Number == 1);
        Assert.Equal((MeasureStatus.InProgress, 1), (measure.Status, measure.Outputs.Single().Actual));
        var stored = await db.ProgressUpdates.SingleAsync(u => u.Id == update);
        Assert.Equal(("สมศรี", 7, 1, clock.Now), (stored.RecordedBy, stored.PersonId, stored.Amount, stored.RecordedAt));
    }

    [Fact]
    public async Task A_measure_is_done_when_every_output_with_a_target_has_met_it()
    {
        await using var database = await PlanAsync();

        await RecordAsync(database, output: 1, amount: 3, "ไตรมาส 1–3");
        Assert.Equal(MeasureStatus.InProgress, await StatusAsync(database));
        await RecordAsync(database, output: 1, amount: 1, "ไตรมาส 4");

        Assert.Equal(MeasureStatus.Done, await StatusAsync(database));
    }

    [Fact]
    public async Task A_status_set_with_a_reason_stays_when_later_updates_come()
    {
        await using var database = await PlanAsync();
        await using (var db = database.Open())
        {
            var recorder = new ProgressRecorder(db, clock);
            var measure = (await recorder.LoadAsync(await MeasureIdAsync(db), CancellationToken.None))!;
            var update = recorder.SetStatus(measure, MeasureStatus.Done, "ผู้บริหารรับรองผลแล้ว", Somsri);
            await db.SaveChangesAsync();
            Assert.Equal(MeasureStatus.Done, update.SetStatus);
        }

        await RecordAsync(database, output: 1, amount: 1, "ตรวจเพิ่ม");

        Assert.Equal(MeasureStatus.Done, await StatusAsync(database));
    }

    [Fact]
    public async Task Of_two_updates_saved_from_the_same_counts_the_second_fails_instead_of_overwriting_the_first()
    {
        await using var database = await PlanAsync();
        await using var first = database.Open();
        await using var second = database.Open();
        var a = new ProgressRecorder(first, clock);
        var b = new ProgressRecorder(second, clock);
        var id = await MeasureIdAsync(first);
        a.Record((await a.LoadAsync(id, CancellationToken.None))!, 1, 1, "ครั้งที่ 1", Somsri);
        b.Record((await b.LoadAsync(id, CancellationToken.None))!, 1, 1, "ครั้งที่ 2", Somsri);

        await first.SaveChangesAsync();
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());

        await using var check = database.Open();
        Assert.Equal(1, (await check.Measures.SingleAsync(m => m.Id == id)).Outputs.Single().Actual);
        Assert.Equal(1, await check.ProgressUpdates.CountAsync());
    }

    private async Task<TestDatabase> PlanAsync()
    {
        var database = await TestDatabase.CreateAsync();
        await using var db = database.Open();
        await new PlanImporter(db, clock).ImportAsync(PlanJson.Read(PlanJson.Valid), CancellationToken.None);
        return database;
    }

    private async Task<int> RecordAsync(TestDatabase database, int output, int amount, string text)
    {
        await using var db = database.Open();
        var recorder = new ProgressRecorder(db, clock);
        var measure = (await recorder.LoadAsync(await MeasureIdAsync(db), CancellationToken.None))!;
        var update = recorder.Record(measure, output, amount, text, Somsri);
        await db.SaveChangesAsync();
        return update.Id;
    }

    private static async Task<MeasureStatus> StatusAsync(TestDatabase database)
    {
        await using var db = database.Open();
        return (await db.Measures.SingleAsync(m => m.Number == 1)).Status;
    }

    private static Task<int> MeasureIdAsync(Microsoft.EntityFrameworkCore.DbContext db) =>
        db.Set<Measure>().Where(m => m.Number == 1).Select(m => m.Id).SingleAsync();
}
