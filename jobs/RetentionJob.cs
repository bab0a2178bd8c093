using ItaBot.Core.Messaging;
using ItaBot.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Jobs;

/// <summary>
/// Keeps what people wrote no longer than needed: webhook events handled more than <see cref="Keep"/> ago (their
/// payloads hold message text), outbox messages sent (or given up) as long ago, and dialog states abandoned for a day. What the
/// domain needs — complaints, updates, the ledger — stays. A redelivery from LINE comes within minutes, far inside
/// the window, so deduplication is not weakened.
/// </summary>
public sealed class RetentionJob(ItaBotDbContext db) : IScheduledJob
{
    public const string JobId = "retention";

    public static readonly TimeSpan Keep = TimeSpan.FromDays(30);

    public static readonly TimeSpan AbandonedDialog = TimeSpan.FromDays(1);

    public string Id => JobId;

    public string DefaultCron => "30 3 * * *";

    public IReadOnlyList<TimeSpan> RetryDelays => JobRetries.Once;

    public string Description => "ลบข้อความเก่าที่ไม่จำเป็นต้องเก็บ / drop old messages and abandoned dialogs";

    public async Task RunAsync(DateTimeOffset at, CancellationToken cancellationToken)
    {
        var before = at - Keep;
        // Failed ones too, once as old: by then their error has been seen in the logs.
        db.InboxEvents.RemoveRange(await db.InboxEvents
            .Where(e => e.Status != InboxStatus.Pending && (e.HandledAt ?? e.ReceivedAt) < before).ToListAsync(cancellationToken));
        db.OutboxMessages.RemoveRange(await db.OutboxMessages
            .Where(m => m.Status != OutboxStatus.Pending && (m.SentAt ?? m.CreatedAt) < before).ToListAsync(cancellationToken));
        var abandoned = at - AbandonedDialog;
        db.DialogStates.RemoveRange(await db.DialogStates.Where(d => d.UpdatedAt < abandoned).ToListAsync(cancellationToken));
    }
}
