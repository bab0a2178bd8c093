namespace ItaBot.Core.Measures;

/// <summary>The three states a measure's progress report uses (seed 000's status table).</summary>
public enum MeasureStatus
{
    NotStarted,
    InProgress,
    Done,
}

public static class MeasureStatusText
{
    public static string Thai(this MeasureStatus status) => status switch
    {
        MeasureStatus.NotStarted => "ยังไม่ดำเนินการ",
        MeasureStatus.InProgress => "ระหว่างดำเนินการ",
        MeasureStatus.Done => "ดำเนินการแล้ว",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}
