using ItaBot.Core.Calendar;
using ItaBot.Core.Measures;

namespace ItaBot.Core.Tests.Progress;

public class DueWorkTests
{
    private static readonly TimeSpan Bangkok = TimeSpan.FromHours(7);

    [Fact]
    public void A_quarterly_inspection_is_due_in_a_quarter_with_none_recorded_and_not_once_it_is()
    {
        var measure = Measure(Output(1, "ตรวจสอบพัสดุ ครุภัณฑ์", 4, Cadence.Quarterly, actual: 2));
        measure.Updates.Add(Update(1, new DateTimeOffset(2025, 3, 28, 15, 0, 0, Bangkok)));

        var inQuarter3 = DueWork.On(new DateOnly(2025, 5, 15), [measure], DateOf);
        Assert.Equal(DueKind.ThisQuarter, Assert.Single(inQuarter3).Kind);

        measure.Updates.Add(Update(1, new DateTimeOffset(2025, 4, 2, 9, 0, 0, Bangkok)));
        Assert.Empty(DueWork.On(new DateOnly(2025, 5, 15), [measure], DateOf));
    }

    [Fact]
    public void A_monthly_report_is_due_in_a_month_with_none_recorded_counted_in_Bangkok_time()
    {
        var measure = Measure(Output(1, "รายงานจัดซื้อจัดจ้าง", 12, Cadence.Monthly, actual: 7));
        // 30 April 2025, 23:30 in Bangkok is still April there, though 1 May has begun nowhere but in UTC+8 and east.
        measure.Updates.Add(Update(1, new DateTimeOffset(2025, 4, 30, 16, 30, 0, TimeSpan.Zero)));

        Assert.Empty(DueWork.On(new DateOnly(2025, 4, 30), [measure], DateOf));
        Assert.Equal(DueKind.ThisMonth, Assert.Single(DueWork.On(new DateOnly(2025, 5, 1), [measure], DateOf)).Kind);
    }

    [Fact]
    public void Other_outputs_are_due_when_behind_the_pace_of_the_plan_and_met_targets_never_are()
    {
        var measure = Measure(
            Output(1, "รายงานผลต่อผู้บริหาร", 2, Cadence.HalfYearly, actual: 0),
            Output(2, "อบรมคุณธรรมจริยธรรม", 1, Cadence.Yearly, actual: 0),
            Output(3, "คู่มือ", 5, Cadence.AnyTime, actual: 5));

        var due = DueWork.On(new DateOnly(2025, 2, 1), [measure], DateOf);

        var behind = Assert.Single(due);
        Assert.Equal((1, DueKind.Behind, 1), (behind.Output.Position, behind.Kind, behind.Expected));
        Assert.Equal(2, DueWork.On(new DateOnly(2025, 8, 1), [measure], DateOf).Count);
    }

    [Fact]
    public void Nothing_is_due_outside_the_measures_period()
    {
        var measure = Measure(Output(1, "ตรวจสอบพัสดุ ครุภัณฑ์", 4, Cadence.Quarterly, actual: 0));

        Assert.Empty(DueWork.On(new DateOnly(2026, 11, 22), [measure], DateOf));
    }

    [Theory]
    [InlineData(Cadence.Quarterly, 4, 2024, 12, 1)]
    [InlineData(Cadence.Quarterly, 4, 2025, 5, 3)]
    [InlineData(Cadence.Monthly, 12, 2025, 3, 6)]
    [InlineData(Cadence.HalfYearly, 2, 2025, 3, 1)]
    [InlineData(Cadence.HalfYearly, 2, 2025, 4, 2)]
    [InlineData(Cadence.Yearly, 1, 2025, 6, 0)]
    [InlineData(Cadence.AnyTime, 5, 2025, 7, 5)]
    public void The_count_expected_follows_the_cadence_through_the_fiscal_year(Cadence cadence, int target, int year, int month, int expected)
    {
        var output = Output(1, "x", target, cadence, 0);

        Assert.Equal(expected, DueWork.ExpectedBy(output, FiscalMonth.Of(new DateOnly(year, month, 1))));
    }

    private static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Bangkok).DateTime);

    private static Measure Measure(params MeasureOutput[] outputs)
    {
        var measure = new Measure { Number = 4, Title = "มาตรการ", PeriodStart = new DateOnly(2024, 10, 1), PeriodEnd = new DateOnly(2025, 9, 30) };
        measure.Outputs.AddRange(outputs);
        return measure;
    }

    private static MeasureOutput Output(int position, string label, int target, Cadence cadence, int actual) =>
        new() { Position = position, Label = label, Description = label, Target = target, Cadence = cadence, Actual = actual };

    private static ProgressUpdate Update(int output, DateTimeOffset at) =>
        new() { OutputPosition = output, RecordedAt = at, RecordedBy = "สมศรี", Text = "ทำแล้ว", Amount = 1 };
}
