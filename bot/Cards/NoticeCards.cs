using ItaBot.Core.Messaging;

namespace ItaBot.Bot.Cards;

/// <summary>A pushed notice's card drawn as a card like any other: its fields as rows, its documents as lines that open them.</summary>
public static class NoticeCards
{
    public static Card Of(NoticeCard card, string altText) =>
        new(new CardHeader(card.Title, card.Subtitle, null),
            [.. card.Fields.Select(f => new FieldRow(f.Label, f.Value)), .. card.Links.Select(l => new AddressRow(l.Label, l.Address))], null)
        {
            AltText = altText,
        };
}
