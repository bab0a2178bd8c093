using ItaBot.Bot.Line.Client;
using ItaBot.Bot.Line.Messages;
using ItaBot.Core.Messaging;
using ItaBot.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Bot.Pipeline.Outbox;

/// <summary>
/// Sends one outbox row and records the outcome: sent; refused for good (kept with LINE's answer); or to be tried
/// again later, after <c>Retry-After</c> or an exponential backoff. Push and multicast carry the row's retry key, so
/// a try whose answer was lost is never delivered twice. A reply's try is recorded before it is made, so after a stop
/// during it the next try knows the reply may have gone out. Once a row is settled its messages are dropped: what
/// the bot told a person is kept no longer than it takes to send it. The outcome is left on the context for the caller
/// to save: it goes with the next reply's record of its try, or at the end of the chat's turn. Should the process stop
/// before that, the message is tried again and found delivered (its retry key, or its reply token already used).
/// </summary>
public sealed partial class OutboxSender(LineMessagingClient line, TimeProvider time, ILogger<OutboxSender> logger)
{
    private static readonly TimeSpan LongestBackoff = TimeSpan.FromMinutes(10);

    /// <summary>When the monthly quota is spent, trying again every few seconds only adds refusals.</summary>
    private static readonly TimeSpan MonthlyLimitPause = TimeSpan.FromHours(1);

    /// <summary>Sends a pending row read on <paramref name="db"/>, unsaved; true when it is settled (sent or failed for good).</summary>
    public async Task<bool> SendAsync(ItaBotDbContext db, OutboxMessage row, CancellationToken cancellationToken)
    {
        row.Attempts++;
        try
        {
            if (await DeliverAsync(db, row, cancellationToken))
            {
                Settle(row, OutboxStatus.Sent);
                row.SentAt = time.GetUtcNow();
            }
            else
            {
                Settle(row, OutboxStatus.Failed);
                row.LastError = "the reply token expired after a try whose outcome is unknown: not sent again, not sent as a push";
                LogUncertainReplyGivenUp(logger, row.Id);
            }
        }
        catch (LineApiException e) when (e.IsMonthlyLimit)
        {
            LogMonthlyLimit(logger, row.Id);
            TryLater(row, MonthlyLimitPause, e.Message);
        }
        catch (LineApiException e) when (e.IsTransient)
        {
            TryLater(row, e.RetryAfter ?? Backoff(row.Attempts), e.Message);
        }
        catch (LineApiException e)
        {
            Settle(row, OutboxStatus.Failed);
            row.LastError = e.Message;
            LogRefused(logger, row.Id, row.Kind, (int)e.Status);
        }
        catch (Exception e) when (e is HttpRequestException or TimeoutException)
        {
            TryLater(row, Backoff(row.Attempts), e.Message);
        }

        return row.Status != OutboxStatus.Pending;
    }

    /// <summary>
    /// True when the messages reached LINE; false for a reply that may or may not have: its token expired after a try
    /// that was cut short, and a push would be a second answer as likely as a first.
    /// </summary>
    private async Task<bool> DeliverAsync(ItaBotDbContext db, OutboxMessage row, CancellationToken cancellationToken)
    {
        if (row.Kind == OutboxKind.Menu)
        {
            await ShowMenuAsync(row, cancellationToken);
            return true;
        }

        var messages = LineOutbox.Deserialize(row.Messages);
        if (row is { Kind: OutboxKind.Reply, ReplyToken: { } token })
        {
            if (time.GetUtcNow() < row.ReplyTokenExpiresAt)
            {
                if (await TryReplyAsync(db, row, token, messages, cancellationToken))
                {
                    return true;
                }
            }
            else if (row.ReplyOutcomeUnknown)
            {
                return false;
            }

            // The token was spent or too old: the answer goes out as a push, under the row's retry key from now on.
            row.ReplyToken = null;
            row.ReplyOutcomeUnknown = false;
            LogReplyAsPush(logger, row.Id);
        }

        if (row.Kind == OutboxKind.Multicast)
        {
            await line.MulticastAsync(new MulticastRequest(row.Recipients, messages), row.RetryKey, cancellationToken);
        }
        else
        {
            await line.PushAsync(new PushMessageRequest(row.ChatId, messages), row.RetryKey, cancellationToken);
        }

        return true;
    }

    /// <summary>Links the staff menu found by its alias, or unlinks the user's own menu; linking and unlinking twice is harmless.</summary>
    private async Task ShowMenuAsync(OutboxMessage row, CancellationToken cancellationToken)
    {
        if (row.Messages.Length == 0)
        {
            await line.UnlinkRichMenuAsync(row.ChatId, cancellationToken);
        }
        else if (await line.RichMenuOfAliasAsync(row.Messages, cancellationToken) is { } menu)
        {
            await line.LinkRichMenuAsync(row.ChatId, menu, cancellationToken);
        }
        else
        {
            LogNoStaffMenu(logger, row.Id);
        }
    }

    /// <summary>The row is done with: its messages (what the person was told) and its reply token are dropped.</summary>
    private static void Settle(OutboxMessage row, OutboxStatus status)
    {
        row.Status = status;
        row.Messages = "";
        row.ReplyToken = null;
    }

    /// <summary>True when the reply reached the chat (now, or by an earlier try whose answer was lost).</summary>
    private async Task<bool> TryReplyAsync(
        ItaBotDbContext db, OutboxMessage row, string token, List<LineMessage> messages, CancellationToken cancellationToken)
    {
        var earlierUnknown = row.ReplyOutcomeUnknown;
        if (!row.ReplyOutcomeUnknown)
        {
            // Recorded before the call (with the outcomes of the chat's messages sent before it): should the process stop
            // during the call, the next try knows a reply may have gone out.
            row.ReplyOutcomeUnknown = true;
            await db.SaveChangesAsync(cancellationToken);
        }

        try
        {
            await line.ReplyAsync(new ReplyMessageRequest(token, messages), cancellationToken);
            return true;
        }
        catch (LineApiException e) when (e.IsInvalidReplyToken)
        {
            // Only this row ever uses the token. Refused as used after a try that may have arrived: that try did.
            var delivered = earlierUnknown || e.EarlierAttemptUncertain;
            if (delivered)
            {
                LogReplyAlreadyDelivered(logger, row.Id);
            }

            return delivered;
        }
        catch (LineApiException e) when ((int)e.Status < 500)
        {
            // A definite refusal (a 4xx or a rate limit): nothing was delivered.
            row.ReplyOutcomeUnknown = false;
            throw;
        }
    }

    private void TryLater(OutboxMessage row, TimeSpan wait, string error)
    {
        row.NextAttemptAt = time.GetUtcNow() + wait;
        row.LastError = error;
        LogTryLater(logger, row.Id, row.Attempts, wait);
    }

    private static TimeSpan Backoff(int attempts)
    {
        var seconds = Math.Min(LongestBackoff.TotalSeconds, Math.Pow(2, Math.Min(attempts, 20)));
        return TimeSpan.FromSeconds(seconds * (0.8 + (Random.Shared.NextDouble() * 0.4)));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {Id} not sent on try {Attempts}; next try in {Wait}")]
    private static partial void LogTryLater(ILogger logger, long id, int attempts, TimeSpan wait);

    [LoggerMessage(Level = LogLevel.Error, Message = "LINE refused outbox message {Id} ({Kind}) with {Status}; kept as failed with LINE's answer")]
    private static partial void LogRefused(ILogger logger, long id, OutboxKind kind, int status);

    [LoggerMessage(Level = LogLevel.Error, Message = "The monthly message quota is spent; outbox message {Id} waits an hour before the next try")]
    private static partial void LogMonthlyLimit(ILogger logger, long id);

    [LoggerMessage(Level = LogLevel.Information, Message = "The reply token of outbox message {Id} is spent or expired; sending the answer as a push")]
    private static partial void LogReplyAsPush(ILogger logger, long id);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {Id}: a reply was being sent when the bot stopped, and its token has expired since; it is not sent again (the person most likely got it), and kept as failed")]
    private static partial void LogUncertainReplyGivenUp(ILogger logger, long id);

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox message {Id}: no staff rich menu is set up on the channel (run line richmenu); the person keeps the default menu")]
    private static partial void LogNoStaffMenu(ILogger logger, long id);

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox message {Id}: the reply token was used by an earlier try whose answer was lost; not sent again")]
    private static partial void LogReplyAlreadyDelivered(ILogger logger, long id);
}
