namespace ItaBot.Core.Measures;

/// <summary>
/// An output (ผลการดำเนินการ) a measure promises, with its target and what has been done so far —
/// "ตรวจสอบพัสดุ ครุภัณฑ์ไม่น้อยกว่า 4 ครั้งต่อปี": target 4 ครั้ง, actual 2.
/// </summary>
public sealed class MeasureOutput
{
    public int Id { get; set; }

    public int MeasureId { get; set; }

    /// <summary>1-based order within the measure, as the plan lists them; progress updates refer to it.</summary>
    public int Position { get; set; }

    /// <summary>A short name that fits a button: "ตรวจสอบพัสดุ ครุภัณฑ์".</summary>
    public required string Label { get; set; }

    /// <summary>The output as the plan words it.</summary>
    public required string Description { get; set; }

    /// <summary>The count to reach in the period, when the plan gives one.</summary>
    public int? Target { get; set; }

    /// <summary>What is counted: ครั้ง, เล่ม, ช่องทาง, คน …</summary>
    public string? Unit { get; set; }

    public Cadence Cadence { get; set; }

    public int Actual { get; set; }
}
