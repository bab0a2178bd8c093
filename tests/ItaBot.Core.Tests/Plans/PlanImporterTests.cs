using ItaBot.Core.Measures;
using ItaBot.Core.Plans;
using ItaBot.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Core.Tests.Plans;

public class PlanImporterTests
{
    private static readonly FixedTime Clock = new(new DateTimeOffset(2025, 11, 1, 9, 0, 0, TimeSpan.FromHours(7)));

    [Fact]
    public async Task A_new_plan_is_stored_with_its_measures_outputs_and_default_period()
    {
        await using var database = await TestDatabase.CreateAsync();

        var result = await ImportAsync(database, PlanJson.Valid);

        Assert.Equal((true, 2), (result.Created, result.MeasuresAdded));
        await using var db = database.Open();
        var plan = await db.Plans.Include(p => p.Measures).SingleAsync();
        Assert.Equal(("อบต.ทดสอบ", 2569), (plan.OrganizationName, plan.FiscalYear));
        var first = plan.Measures.Single(m => m.Number == 1);
        Assert.Equal(new DateOnly(2025, 10, 1), first.PeriodStart);
        Assert.Equal(new DateOnly(2026, 9, 30), first.PeriodEnd);
        Assert.Equal(MeasureStatus.NotStarted, first.Status);
        var output = Assert.Single(first.Outputs);
        Assert.Equal((4, "ครั้ง", Cadence.Quarterly, 0), (output.Target, output.Unit, output.Cadence, output.Actual));
        Assert.Equal(output.Label, output.Description);
    }

    [Fact]
    public async Task Importing_the_same_plan_twice_changes_nothing_and_duplicates_nothing()
    {
        await using var database = await TestDatabase.CreateAsync();
        await ImportAsync(database, PlanJson.Valid);

        var again = await ImportAsync(database, PlanJson.Valid);

        Assert.False(again.Changed);
        await using var db = database.Open();
        Assert.Equal(1, await db.Plans.CountAsync());
        Assert.Equal(2, await db.Measures.CountAsync());
        Assert.Equal(1, await db.MeasureOutputs.CountAsync());
    }

    [Fact]
    public async Task The_demo_plan_imported_twice_is_still_one_plan_with_its_history_once()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using (var db = database.Open())
        {
            await new PlanImporter(db, Clock).ImportAsync(DemoPlan.Read(), CancellationToken.None);
        }

        await using (var db = database.Open())
        {
            var again = await new PlanImporter(db, Clock).ImportAsync(DemoPlan.Read(), CancellationToken.None);
            Assert.False(again.Changed);
        }

        await using var check = database.Open();
        Assert.Equal(10, await check.Measures.CountAsync());
        Assert.Equal(DemoPlan.Read().Measures!.Sum(m => m!.Updates?.Count ?? 0), await check.ProgressUpdates.CountAsync());
    }

    [Fact]
    public async Task A_changed_plan_updates_in_place_adds_and_removes_measures_and_keeps_recorded_progress()
    {
        await using var database = await TestDatabase.CreateAsync();
        await ImportAsync(database, PlanJson.Valid);
        await using (var db = database.Open())
        {
            // Progress recorded in the chat since the import.
            var output = await db.MeasureOutputs.SingleAsync();
            output.Actual = 2;
            await db.SaveChangesAsync();
        }

        var changed = PlanJson.Valid
            .Replace("\"number\": 2,", "\"number\": 3,", StringComparison.Ordinal)
            .Replace("\"target\": 4", "\"target\": 5", StringComparison.Ordinal);
        var result = await ImportAsync(database, changed);

        Assert.Equal((false, 1, 1, 1), (result.Created, result.MeasuresAdded, result.MeasuresUpdated, result.MeasuresRemoved));
        await using var check = database.Open();
        Assert.Equal([1, 3], await check.Measures.OrderBy(m => m.Number).Select(m => m.Number).ToListAsync());
        var kept = await check.MeasureOutputs.SingleAsync();
        Assert.Equal((5, 2), (kept.Target, kept.Actual));
    }

    [Fact]
    public async Task A_new_plan_title_alone_is_a_change_and_is_saved()
    {
        await using var database = await TestDatabase.CreateAsync();
        await ImportAsync(database, PlanJson.Valid);

        var result = await ImportAsync(database, PlanJson.Valid.Replace("\"fiscalYear\": 2569,", "\"fiscalYear\": 2569, \"title\": \"แผนฉบับแก้ไข\",", StringComparison.Ordinal));

        Assert.True(result.Changed);
        await using var db = database.Open();
        Assert.Equal("แผนฉบับแก้ไข", (await db.Plans.SingleAsync()).Title);
    }

    [Fact]
    public async Task Progress_stated_in_the_file_is_applied()
    {
        await using var database = await TestDatabase.CreateAsync();
        var withProgress = PlanJson.Valid.Replace("\"cadence\": \"quarterly\"", "\"cadence\": \"quarterly\", \"actual\": 3", StringComparison.Ordinal)
            .Replace("\"area\": 4,", "\"area\": 4, \"status\": \"inProgress\",", StringComparison.Ordinal);

        await ImportAsync(database, withProgress);

        await using var db = database.Open();
        var measure = await db.Measures.SingleAsync(m => m.Number == 1);
        Assert.Equal(MeasureStatus.InProgress, measure.Status);
        Assert.Equal(3, measure.Outputs.Single().Actual);
    }

    [Fact]
    public async Task Two_organisations_and_two_years_are_separate_plans()
    {
        await using var database = await TestDatabase.CreateAsync();
        await ImportAsync(database, PlanJson.Valid);
        await ImportAsync(database, PlanJson.Valid.Replace("2569", "2570", StringComparison.Ordinal));
        await ImportAsync(database, PlanJson.Valid.Replace("อบต.ทดสอบ", "เทศบาลทดสอบ", StringComparison.Ordinal));

        await using var db = database.Open();
        Assert.Equal(3, await db.Plans.CountAsync());
    }

    private static async Task<PlanImportResult> ImportAsync(TestDatabase database, string json)
    {
        await using var db = database.Open();
        return await new PlanImporter(db, Clock).ImportAsync(PlanJson.Read(json), CancellationToken.None);
    }
}
