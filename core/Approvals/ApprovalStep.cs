namespace ItaBot.Core.Approvals;

/// <summary>One approver's turn on a round of a submission: their block in the memo (name, position, comment, date).</summary>
public sealed class ApprovalStep
{
    public int Id { get; set; }

    public int ReportSubmissionId { get; set; }

    public int Round { get; set; }

    /// <summary>0 for the first approver after the officer; the highest gives the order.</summary>
    public int Order { get; set; }

    public required string Position { get; set; }

    public int PersonId { get; set; }

    public required string PersonName { get; set; }

    /// <summary>When it became this approver's turn; none while an earlier approver has it.</summary>
    public DateTimeOffset? WaitingSince { get; set; }

    public ApprovalDecision Decision { get; set; }

    /// <summary>What the approver wrote: the comment, the order (ทราบ), or the reason for sending it back.</summary>
    public string? Comment { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }
}

public enum ApprovalDecision
{
    Pending,

    /// <summary>ทราบ.</summary>
    Noted,

    /// <summary>เห็นชอบ.</summary>
    Agreed,

    /// <summary>A comment of the approver's own words, and the report goes on up.</summary>
    Commented,

    /// <summary>ส่งกลับ: back to the officer with the reason.</summary>
    SentBack,
}
