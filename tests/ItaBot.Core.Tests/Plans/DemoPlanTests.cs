using ItaBot.Core.Plans;
using ItaBot.Core.Tests.Support;

namespace ItaBot.Core.Tests.Plans;

/// <summary>The demo plan is seed 003 transcribed: its wording must be the report's own.</summary>
public class DemoPlanTests
{
    private static readonly PlanDocument Plan = DemoPlan.Read();

    // The two places where the report's OCR garbled the organisation's name, corrected in the demo plan.
    private static readonly (string Report, string Plan)[] Corrections =
    [
        ("ตำบลไม่คำพัฒนา", "ตำบลไผ่ดำพัฒนา"),
        ("เทศบาลตำบลไม่ดำเนินการรับทราบ", "เทศบาลตำบลไผ่ดำพัฒนารับทราบ"),
    ];

    [Fact]
    public void It_is_the_ten_measures_of_Phai_Dam_Phatthana_for_fiscal_year_2568()
    {
        Assert.Equal("เทศบาลตำบลไผ่ดำพัฒนา", Plan.Organization);
        Assert.Equal(2568, Plan.FiscalYear);
        Assert.Equal(Enumerable.Range(1, 10), Plan.Measures!.Select(m => m!.Number!.Value));
        Assert.All(Plan.Measures!, m => Assert.Equal((new DateOnly(2024, 10, 1), new DateOnly(2025, 9, 30)), (m!.Period!.Start, m.Period.End)));
    }

    [Fact]
    public void As_this_years_plan_its_dates_move_by_whole_years_and_progress_not_yet_made_is_taken_out()
    {
        // 1 Dec 2026 is in ปีงบประมาณ 2570; of measure 4's sample progress only November's manuals are that early.
        var now = new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.FromHours(7));

        var moved = DemoPlan.ForYear(2570, now);

        Assert.Equal(2570, moved.FiscalYear);
        Assert.All(moved.Measures!, m => Assert.Equal((new DateOnly(2026, 10, 1), new DateOnly(2027, 9, 30)), (m!.Period!.Start, m.Period.End)));
        Assert.All(moved.Measures!.SelectMany(m => m!.Updates ?? []), u => Assert.True(u!.At <= now));
        var measure = moved.Measures!.Single(m => m!.Number == 4)!;
        Assert.Equal([new DateTimeOffset(2026, 11, 8, 11, 0, 0, TimeSpan.FromHours(7))], measure.Updates!.Select(u => u!.At!.Value));
        Assert.Equal([5, 0, 0], measure.Outputs!.Select(o => o!.Actual ?? 0));
        Assert.Equal(Plan.Measures!.Select(m => m!.Title), moved.Measures!.Select(m => m!.Title));
    }

    [Fact]
    public void Measure_4_is_asset_governance_with_four_inspections_a_year()
    {
        var measure = Plan.Measures!.Single(m => m!.Number == 4)!;

        Assert.Equal(4, measure.Area);
        Assert.Equal(["กองคลัง"], measure.ResponsibleUnits!);
        var inspections = measure.Outputs!.Single(o => o!.Label == "ตรวจสอบพัสดุ ครุภัณฑ์")!;
        Assert.Equal((4, "ครั้ง", Measures.Cadence.Quarterly), (inspections.Target, inspections.Unit, inspections.Cadence));
    }

    [Fact]
    public void Every_title_step_output_and_outcome_is_worded_as_in_the_report()
    {
        var report = Corrections.Aggregate(Seeds.DemoPlanReport, (text, c) => text.Replace(c.Report, c.Plan, StringComparison.Ordinal));
        var texts = Plan.Measures!.SelectMany(m => new[] { m!.Title! }
            .Concat(m.Steps!.Select(s => s!))
            .Concat(m.Outputs!.Select(o => o!.Description!))
            .Concat(m.Outcomes!.Select(o => o!)));

        Assert.All(texts, text => Assert.Contains(Seeds.Normalize(text), report, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_output_has_a_target_except_the_complaint_counts()
    {
        // Outputs whose wording gives a count carry it as their target (๒๐ เล่ม → 20; เดือนละ ๒ ครั้ง → 24 a year);
        // "finished within 15 days" and "no gift complaints" count complaints, where no target number applies.
        var outputs = Plan.Measures!.SelectMany(m => m!.Outputs!).ToList();

        Assert.Equal(37, outputs.Count);
        Assert.All(outputs.Where(o => o!.Target is null), o => Assert.Contains("เรื่อง", o!.Unit, StringComparison.Ordinal));
    }
}
