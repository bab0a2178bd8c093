using ItaBot.Core.Approvals;

namespace ItaBot.Bot.Dialogs.Approvals;

/// <summary>Which report, which word, and what the approver typed with it.</summary>
public sealed class ReviewReportState
{
    public ApprovalDecision Decision { get; set; }

    public int Months { get; set; }

    public int FiscalYear { get; set; }

    public string? Text { get; set; }
}
