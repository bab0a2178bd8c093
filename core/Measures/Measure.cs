namespace ItaBot.Core.Measures;

/// <summary>One measure (มาตรการ) of a plan, as its plan document describes it, with the progress recorded since.</summary>
public sealed class Measure
{
    public int Id { get; set; }

    public int PlanId { get; set; }

    public Plan Plan { get; set; } = null!;

    /// <summary>ลำดับที่: the number people ask for ("มาตรการ 4").</summary>
    public int Number { get; set; }

    public required string Title { get; set; }

    /// <summary>The ITA analysis area (ประเด็น) 1–7, see <see cref="AnalysisArea"/>.</summary>
    public int AnalysisArea { get; set; }

    /// <summary>ขั้นตอน/วิธีการปฏิบัติ, in order.</summary>
    public List<string> Steps { get; set; } = [];

    /// <summary>ผู้รับผิดชอบ: the units (สำนักปลัด, กองคลัง …) accountable for it.</summary>
    public List<string> ResponsibleUnits { get; set; } = [];

    public DateOnly PeriodStart { get; set; }

    public DateOnly PeriodEnd { get; set; }

    /// <summary>การกำกับติดตาม: how and by whom it is followed up, where the plan says.</summary>
    public string? Monitoring { get; set; }

    /// <summary>ผลลัพธ์หรือผลสัมฤทธิ์: the outcomes the plan expects.</summary>
    public List<string> Outcomes { get; set; } = [];

    public MeasureStatus Status { get; set; }

    /// <summary>
    /// Set by a person with a reason rather than followed from the outputs: later updates then leave it as it is.
    /// </summary>
    public bool StatusIsManual { get; set; }

    /// <summary>Raised by every change to the measure's progress; two updates saved at once cannot both win on stale counts.</summary>
    public int Version { get; set; }

    public List<MeasureOutput> Outputs { get; } = [];

    public List<ProgressUpdate> Updates { get; } = [];

    public ProgressUpdate? LatestUpdate => Updates.MaxBy(u => u.RecordedAt);
}
