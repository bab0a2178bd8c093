using ItaBot.Core.Complaints;
using ItaBot.Core.Messaging;
using ItaBot.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Core.Privacy;

/// <summary>
/// "ลบข้อมูลของฉัน": erases what the bot keeps about a LINE user as a citizen and unlinks their records, which stay —
/// without anything that leads back to them — for the organisation's duty to answer and to publish statistics.
/// </summary>
public sealed class PersonalData(ItaBotDbContext db, FilerKeys keys)
{
    public async Task<ErasureSummary> EraseAsync(string userId, CancellationToken cancellationToken)
    {
        var key = await keys.KeyOfAsync(userId, cancellationToken);
        var complaints = await db.Complaints.Where(c => c.FilerKey == key).ToListAsync(cancellationToken);
        foreach (var complaint in complaints)
        {
            complaint.FilerUserId = null;
            complaint.Phone = null;
            complaint.RatingComment = null;
            // A key no user id hashes to: the complaint no longer leads back to anyone, nor to them.
            complaint.FilerKey = "erased:" + Guid.NewGuid().ToString("N")[..24];
            complaint.Version++;
        }

        var suggestions = await db.Suggestions.Where(s => s.UserId == userId).ToListAsync(cancellationToken);
        suggestions.ForEach(s => s.UserId = null);
        db.DialogStates.RemoveRange(await db.DialogStates.Where(d => d.ChatId == userId).ToListAsync(cancellationToken));
        db.LinkFailures.RemoveRange(await db.LinkFailures.Where(f => f.LineUserId == userId).ToListAsync(cancellationToken));

        await ForgetConversationAsync(userId, cancellationToken);
        return new ErasureSummary(complaints.Count, suggestions.Count);
    }

    /// <summary>
    /// Drops the records of the messages the user sent and was sent, once handled or sent (their texts went when they
    /// were); the message being handled now stays, and only says "ลบข้อมูลของฉัน".
    /// </summary>
    private async Task ForgetConversationAsync(string userId, CancellationToken cancellationToken)
    {
        db.InboxEvents.RemoveRange(await db.InboxEvents.Where(e => e.ChatId == userId && e.Status != InboxStatus.Pending).ToListAsync(cancellationToken));
        db.OutboxMessages.RemoveRange(await db.OutboxMessages.Where(m => m.ChatId == userId && m.Status != OutboxStatus.Pending).ToListAsync(cancellationToken));
    }
}

/// <summary>How many of the user's records were kept, unlinked from them.</summary>
public sealed record ErasureSummary(int Complaints, int Suggestions);
