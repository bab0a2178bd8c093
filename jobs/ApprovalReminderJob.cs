using System.Globalization;
using ItaBot.Core.Approvals;
using ItaBot.Core.Messaging;
using ItaBot.Core.Persistence;
using ItaBot.Core.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Jobs;

/// <summary>
/// A report waiting on one approver for <see cref="ApprovalOptions.RemindAfterWorkingDays"/> working days (Monday to
/// Friday) reminds them, once per turn: the ledger keeps it to one.
/// </summary>
public sealed class ApprovalReminderJob(ItaBotDbContext db, ApprovalDesk desk, Ledger ledger, IMessenger messenger) : IScheduledJob
{
    public const string JobId = "approval-reminder";

    public string Id => JobId;

    public string DefaultCron => "0 9 * * 1-5";

    public IReadOnlyList<TimeSpan> RetryDelays => JobRetries.SameMorning;

    public string Description => "เตือนผู้พิจารณารายงานที่รอเกินกำหนด / approval reminders";

    public async Task RunAsync(DateTimeOffset at, CancellationToken cancellationToken)
    {
        foreach (var (submission, step, days) in await desk.WaitingLongAsync(at, cancellationToken))
        {
            var user = await db.People.Where(p => p.Id == step.PersonId && p.RevokedAt == null).Select(p => p.LineUserId).SingleOrDefaultAsync(cancellationToken);
            if (user is null)
            {
                continue;
            }

            // One reminder per approver's turn: a round sent again is a new turn.
            var turn = string.Create(CultureInfo.InvariantCulture, $"{submission.Key}-round{submission.Round}-step{step.Order}");
            var to = await ledger.TakeUnsentAsync(JobId, turn, [user], cancellationToken);
            messenger.Send(to, new Notice(
                string.Create(CultureInfo.InvariantCulture, $"เตือนค่ะ {submission.Name} เสนอโดย {submission.SentByName} รอการพิจารณาของท่าน ({step.Position}) มา {days} วันทำการแล้ว"),
                [new NoticeButton("ดูรายงาน", $"รายงาน {submission.Key}")]));
        }
    }
}
