namespace ItaBot.Core.Complaints;

/// <summary>Where a complaint is: รับเรื่องแล้ว → กำลังดำเนินการ → ดำเนินการเสร็จสิ้น, or ยุติเรื่อง with the reason.</summary>
public enum ComplaintStatus
{
    Received,
    InProgress,
    Done,
    Dismissed,
}

public static class ComplaintStatusText
{
    public static string Thai(this ComplaintStatus status) => status switch
    {
        ComplaintStatus.Received => "รับเรื่องแล้ว",
        ComplaintStatus.InProgress => "กำลังดำเนินการ",
        ComplaintStatus.Done => "ดำเนินการเสร็จสิ้น",
        ComplaintStatus.Dismissed => "ยุติเรื่อง",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static bool IsClosed(this ComplaintStatus status) => status is ComplaintStatus.Done or ComplaintStatus.Dismissed;
}
