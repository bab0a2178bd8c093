using ItaBot.Core.Calendar;
using ItaBot.Core.People;
using ItaBot.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Core.Approvals;

/// <summary>
/// Carries a progress report up the approval chain (seed 000): the officer sends it, each position in
/// <see cref="ApprovalOptions.Chain"/> in turn notes, agrees, comments or sends it back, and the last one's word is the
/// order that ends it. Everything is kept: who, when, what they said, round after round.
/// </summary>
public sealed class ApprovalDesk(ItaBotDbContext db, ApprovalOptions options, FiscalCalendar calendar, TimeProvider time)
{
    /// <summary>Sends (or, after it was sent back, sends again) the report of a fiscal year's round up the chain.</summary>
    public async Task<ReportSubmission> SendAsync(int officerId, int fiscalYear, int months, CancellationToken cancellationToken)
    {
        var officer = await db.People.AsNoTracking().SingleAsync(p => p.Id == officerId, cancellationToken);
        var submission = await FindAsync(fiscalYear, months, cancellationToken);
        if (submission is { State: SubmissionState.InReview })
        {
            var waiting = submission.Waiting!;
            throw new ApprovalException($"{submission.Name} อยู่ระหว่างเสนอ รอ{waiting.Position} ({waiting.PersonName}) อยู่ค่ะ");
        }

        if (submission is { State: SubmissionState.Approved })
        {
            throw new ApprovalException($"{submission.Name} ผ่านการพิจารณาครบแล้วเมื่อ {ThaiDate.FormatMedium(calendar.DateOf(submission.ApprovedAt!.Value))} ค่ะ");
        }

        var approvers = await ApproversAsync(cancellationToken);
        var now = time.GetUtcNow();
        if (submission is null)
        {
            submission = new ReportSubmission { FiscalYear = fiscalYear, Months = months, SentByName = officer.Name };
            db.ReportSubmissions.Add(submission);
        }
        else
        {
            (submission.Round, submission.Version) = (submission.Round + 1, submission.Version + 1);
        }

        (submission.SentByPersonId, submission.SentByName, submission.SentByPosition, submission.SentAt, submission.State) =
            (officer.Id, officer.Name, officer.Position, now, SubmissionState.InReview);
        foreach (var (approver, order) in approvers.Select((a, i) => (a, i)))
        {
            submission.Steps.Add(new ApprovalStep
            {
                Round = submission.Round,
                Order = order,
                Position = approver.Position!,
                PersonId = approver.Id,
                PersonName = approver.Name,
                WaitingSince = order == 0 ? now : null,
            });
        }

        return submission;
    }

    /// <summary>The submission of a fiscal year's round (6 or 12 months): there is at most one.</summary>
    public Task<ReportSubmission?> FindAsync(int fiscalYear, int months, CancellationToken cancellationToken) =>
        db.ReportSubmissions.Include(s => s.Steps).SingleOrDefaultAsync(s => s.FiscalYear == fiscalYear && s.Months == months, cancellationToken);

    /// <summary>The reports signed off, latest year and round first: what is published.</summary>
    public Task<List<ReportSubmission>> ApprovedAsync(CancellationToken cancellationToken) =>
        db.ReportSubmissions.AsNoTracking().Include(s => s.Steps).Where(s => s.State == SubmissionState.Approved)
            .OrderByDescending(s => s.FiscalYear).ThenByDescending(s => s.Months).ToListAsync(cancellationToken);

    /// <summary>Whether the person sent the submission or is one of its approvers, and is still linked: who may read its drafts.</summary>
    public async Task<bool> InChainAsync(int fiscalYear, int months, int personId, CancellationToken cancellationToken) =>
        await db.People.AnyAsync(p => p.Id == personId && p.LineUserId != null && p.RevokedAt == null, cancellationToken)
        && await db.ReportSubmissions.AnyAsync(
            s => s.FiscalYear == fiscalYear && s.Months == months && (s.SentByPersonId == personId || s.Steps.Any(step => step.PersonId == personId)), cancellationToken);

    /// <summary>The decision of the approver whose turn it is; the outcome says who is next, if anyone.</summary>
    public async Task<ApprovalOutcome> DecideAsync(int approverId, int fiscalYear, int months, ApprovalDecision decision, string comment, CancellationToken cancellationToken)
    {
        var submission = await FindAsync(fiscalYear, months, cancellationToken)
            ?? throw new ApprovalException($"ยังไม่มีการส่งรายงานรอบ {months} เดือน ปีงบประมาณ {fiscalYear} ค่ะ");
        var step = submission.Waiting;
        if (step is null || step.PersonId != approverId)
        {
            throw new ApprovalException(step is null
                ? $"{submission.Name} ไม่ได้รอการพิจารณาแล้วค่ะ"
                : $"{submission.Name} รอ{step.Position} ({step.PersonName}) อยู่ ไม่ใช่ท่านค่ะ");
        }

        var now = time.GetUtcNow();
        submission.Version++;
        (step.Decision, step.Comment, step.DecidedAt) = (decision, comment, now);
        var next = decision == ApprovalDecision.SentBack ? null : submission.CurrentSteps.FirstOrDefault(s => s.Order > step.Order);
        if (decision == ApprovalDecision.SentBack)
        {
            submission.State = SubmissionState.SentBack;
        }
        else if (next is null)
        {
            (submission.State, submission.ApprovedAt) = (SubmissionState.Approved, now);
        }
        else
        {
            next.WaitingSince = now;
        }

        return new ApprovalOutcome(submission, step, next);
    }

    /// <summary>The steps that by <paramref name="at"/> have waited <see cref="ApprovalOptions.RemindAfterWorkingDays"/> working days or more.</summary>
    public async Task<List<(ReportSubmission Submission, ApprovalStep Step, int WorkingDays)>> WaitingLongAsync(DateTimeOffset at, CancellationToken cancellationToken)
    {
        var open = await db.ReportSubmissions.Include(s => s.Steps).Where(s => s.State == SubmissionState.InReview).ToListAsync(cancellationToken);
        var today = calendar.DateOf(at);
        return [.. open.Select(s => (Submission: s, Step: s.Waiting!))
            .Where(w => w.Step.WaitingSince is { } since && since <= at)
            .Select(w => (w.Submission, w.Step, WorkingDays: WorkingDaysBetween(calendar.DateOf(w.Step.WaitingSince!.Value), today)))
            .Where(w => w.WorkingDays >= options.RemindAfterWorkingDays)];
    }

    /// <summary>Monday-to-Friday days after <paramref name="from"/> up to and including <paramref name="to"/>.</summary>
    public static int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        var days = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            days += day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? 0 : 1;
        }

        return days;
    }

    /// <summary>The linked person holding each position of the chain, in order; every missing one named at once.</summary>
    private async Task<List<Person>> ApproversAsync(CancellationToken cancellationToken)
    {
        var chain = options.ChainOrDefault;
        var holders = await db.People.AsNoTracking()
            .Where(p => p.Position != null && chain.Contains(p.Position) && p.LineUserId != null && p.RevokedAt == null)
            .OrderBy(p => p.Id)
            .ToListAsync(cancellationToken);
        var missing = chain.Where(position => holders.All(p => p.Position != position)).ToList();
        return missing.Count > 0
            ? throw new ApprovalException(
                $"ยังส่งรายงานไม่ได้ค่ะ ไม่มีผู้ดำรงตำแหน่ง{string.Join(", ", missing)} ที่เชื่อมบัญชี LINE แล้ว (ผู้ดูแลระบบตั้งตำแหน่งได้ด้วย staff change ID --position)")
            : [.. chain.Select(position => holders.First(p => p.Position == position))];
    }
}

/// <summary>What a decision led to: the step decided, and the next one now waiting (none when it ended or went back).</summary>
public sealed record ApprovalOutcome(ReportSubmission Submission, ApprovalStep Decided, ApprovalStep? Next);
