using ItaBot.Bot.Cards;
using ItaBot.Bot.Line.Messages;

namespace ItaBot.Bot.Line.Rendering;

/// <summary>
/// Turns a channel-neutral <see cref="Reply"/> into LINE messages within LINE's limits: texts split at 5,000, cards as
/// Flex, at most 5 messages, and the choices as quick replies (at most 13, labels of 20 characters) on the last one,
/// the only message whose quick replies LINE shows.
/// </summary>
public static class LineReplies
{
    /// <summary>The reply as LINE messages; a photo goes as an image where <paramref name="addressOf"/> gives it an address LINE can fetch.</summary>
    public static IReadOnlyList<LineMessage> Render(Reply reply, Func<Guid, Uri?>? addressOf = null)
    {
        var messages = reply.Messages
            .SelectMany(m => m switch
            {
                TextMessage text => LineLimits.SplitText(text.Text).Select(t => (LineMessage)new LineTextMessage(t)),
                CardMessage card => [FlexCards.Render(card.Card)],
                PhotoMessage photo => addressOf?.Invoke(photo.FileId) is { } address ? [new LineImageMessage(address.AbsoluteUri, address.AbsoluteUri)] : [],
                _ => throw new ArgumentOutOfRangeException(nameof(reply), m.GetType().Name, "no LINE drawing for this message"),
            })
            .Take(LineLimits.MessagesPerRequest)
            .ToList();
        if (messages.Count > 0 && reply.Choices.Count > 0)
        {
            messages[^1] = messages[^1] with { QuickReply = QuickReply(reply.Choices) };
        }

        return messages;
    }

    private static QuickReply QuickReply(IEnumerable<Choice> choices) =>
        new([.. choices.Take(LineLimits.QuickReplyItems).Select(c => new QuickReplyItem(Action(c) with
        {
            Label = LineLimits.TrimCharacters(c.Label, LineLimits.QuickReplyLabel),
        }))]);

    private static LineAction Action(Choice choice) => choice.Kind switch
    {
        ChoiceKind.Camera => new CameraAction(),
        ChoiceKind.PhotoLibrary => new CameraRollAction(),
        ChoiceKind.Location => new LocationAction(),
        _ => new MessageAction(LineLimits.TrimLength(choice.Text, LineLimits.MessageActionText)),
    };
}
