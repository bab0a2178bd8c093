namespace ItaBot.Core.Approvals;

/// <summary>
/// A progress report and its memo sent up the approval chain: who sent it, which round of sending it is (a report sent
/// back and sent again starts a new round), and every step of every round — who, when, what they said.
/// </summary>
public sealed class ReportSubmission
{
    public int Id { get; set; }

    public int FiscalYear { get; set; }

    /// <summary>6 or 12: the round of the year the report covers.</summary>
    public int Months { get; set; }

    public int SentByPersonId { get; set; }

    public required string SentByName { get; set; }

    public string? SentByPosition { get; set; }

    public DateTimeOffset SentAt { get; set; }

    /// <summary>1 at first; one more each time it is sent again after being sent back.</summary>
    public int Round { get; set; } = 1;

    public SubmissionState State { get; set; }

    /// <summary>The approved memo, every block in it, as .docx — kept as it was signed off: what gets published.</summary>
    public Guid? ApprovedFileId { get; set; }

    /// <summary>The progress report as it stood when the memo was signed off, as .docx.</summary>
    public Guid? ApprovedReportFileId { get; set; }

    public DateTimeOffset? ApprovedAt { get; set; }

    /// <summary>Raised on every decision: of two taps on one step at once, the later fails rather than decide twice.</summary>
    public int Version { get; set; }

    public List<ApprovalStep> Steps { get; } = [];

    /// <summary>This round's steps, in order.</summary>
    public IEnumerable<ApprovalStep> CurrentSteps => Steps.Where(s => s.Round == Round).OrderBy(s => s.Order);

    /// <summary>The step waiting for its approver, if the report is still going up.</summary>
    public ApprovalStep? Waiting => State == SubmissionState.InReview ? CurrentSteps.FirstOrDefault(s => s.Decision == ApprovalDecision.Pending) : null;

    /// <summary>"6/2568": how commands name it ("ทราบ รายงาน 6/2568"); a round of a year is sent up once.</summary>
    public string Key => $"{Months}/{FiscalYear}";

    /// <summary>"รายงานรอบ 6 เดือน ปีงบประมาณ 2568": how messages name it.</summary>
    public string Name => $"รายงานรอบ {Months} เดือน ปีงบประมาณ {FiscalYear}";
}

public enum SubmissionState
{
    InReview,
    SentBack,
    Approved,
}
