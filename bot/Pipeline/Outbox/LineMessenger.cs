using ItaBot.Bot.Cards;
using ItaBot.Bot.Conversation;
using ItaBot.Bot.Dialogs;
using ItaBot.Bot.Line.Rendering;
using ItaBot.Bot.Line.RichMenu;
using ItaBot.Core.Messaging;
using ItaBot.Core.Persistence;

namespace ItaBot.Bot.Pipeline.Outbox;

/// <summary>
/// Pushes through LINE: each notice becomes outbox rows in the turn's own database context (a push for one person, a
/// multicast for more), committed with the change that caused them; <see cref="WakeIfQueued"/> after the commit sends
/// them on their way.
/// </summary>
public sealed class LineMessenger(ItaBotDbContext db, LineOutbox outbox, PhotoLinks photos) : IMessenger
{
    private bool queued;

    public void Send(IReadOnlyCollection<string> userIds, Notice notice)
    {
        if (userIds.Count == 0)
        {
            return;
        }

        var choices = notice.Buttons.Select(b => new Choice(b.Label, b.Sends)).ToList();
        ReplyMessage body = notice.Card is { } card ? new CardMessage(NoticeCards.Of(card, notice.Text)) : new TextMessage(notice.Text);
        var messages = LineReplies.Render(new Reply([.. notice.Photos.Select(id => new PhotoMessage(id)), body], choices), photos.Of);
        if (userIds.Count == 1)
        {
            outbox.Push(db, userIds.First(), messages);
        }
        else
        {
            outbox.Multicast(db, userIds, messages);
        }

        queued = true;
    }

    public void ShowMenu(string userId, bool staff)
    {
        outbox.Menu(db, userId, staff ? RichMenuDesign.StaffAlias : "");
        queued = true;
    }

    public void WakeIfQueued()
    {
        if (queued)
        {
            outbox.Notify();
        }
    }
}
