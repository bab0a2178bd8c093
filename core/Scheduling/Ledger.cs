using ItaBot.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Core.Scheduling;

/// <summary>
/// What scheduled jobs have already sent. A job asks before it sends and records in the same save as the message, so
/// the outbox row and its ledger entry exist together or not at all.
/// </summary>
public sealed class Ledger(ItaBotDbContext db, TimeProvider time)
{
    /// <summary>Of <paramref name="recipients"/>, those not yet sent (<paramref name="job"/>, <paramref name="period"/>), now recorded as sent.</summary>
    public async Task<List<string>> TakeUnsentAsync(string job, string period, IEnumerable<string> recipients, CancellationToken cancellationToken)
    {
        var wanted = recipients.Distinct(StringComparer.Ordinal).ToList();
        var sent = await db.LedgerEntries.Where(e => e.Job == job && e.Period == period && wanted.Contains(e.Recipient))
            .Select(e => e.Recipient).ToListAsync(cancellationToken);
        var unsent = wanted.Except(sent, StringComparer.Ordinal).ToList();
        var now = time.GetUtcNow();
        db.LedgerEntries.AddRange(unsent.Select(r => new LedgerEntry { Job = job, Period = period, Recipient = r, SentAt = now }));
        return unsent;
    }
}
