using System.Globalization;
using System.Text.Json;
using ItaBot.Bot.Cards;
using ItaBot.Bot.Line.Messages;

namespace ItaBot.Bot.Line.Rendering;

/// <summary>
/// Draws a <see cref="Card"/> as a Flex message: one bubble, or a carousel when a list is too long for one (10 items a
/// bubble, at most 12 bubbles; past that the last bubble says how many more there are).
/// </summary>
public static class FlexCards
{
    public const int ItemsPerBubble = 10;

    private const string Ink = "#1F2937";
    private const string Muted = "#6B7280";
    private const string Track = "#E5E7EB";
    private const string HeaderBackground = "#F3F4F6";

    public static LineFlexMessage Render(Card card)
    {
        var items = card.Rows.OfType<LinkRow>().ToList();
        var others = card.Rows.Where(r => r is not LinkRow).ToList();
        var pages = items.Chunk(ItemsPerBubble).ToList();
        FlexContainer contents = pages.Count <= 1 ? Bubble(card, card.Rows, card.Footer) : Carousel(card, others, pages, LineLimits.BubblesPerCarousel);

        // Long titles can make twelve bubbles heavier than LINE accepts; show fewer and say how many more there are.
        for (var shown = LineLimits.BubblesPerCarousel - 1; contents is FlexCarousel && shown > 0 && Size(contents) > LineLimits.CarouselBytes; shown--)
        {
            contents = Carousel(card, others, pages, shown);
        }

        return new LineFlexMessage(LineLimits.TrimLength(card.AltText, LineLimits.AltTextLength), contents);
    }

    private static FlexCarousel Carousel(Card card, List<CardRow> others, List<LinkRow[]> pages, int maxBubbles)
    {
        var shown = pages.Take(maxBubbles).ToList();
        var hidden = pages.Sum(p => p.Length) - shown.Sum(p => p.Length);
        return new FlexCarousel([.. shown.Select((page, i) =>
        {
            var last = i == shown.Count - 1;
            var footer = last && hidden > 0
                ? string.Create(CultureInfo.InvariantCulture, $"และอีก {hidden} รายการ") + (card.Footer is null ? "" : "\n" + card.Footer)
                : last ? card.Footer : null;
            return Bubble(card, [.. i == 0 ? others : [], .. page], footer, $" ({i + 1}/{shown.Count})");
        })]);
    }

    private static int Size(FlexContainer contents) =>
        JsonSerializer.SerializeToUtf8Bytes(contents, LineJsonContext.Thai.FlexContainer).Length;

    private static FlexBubble Bubble(Card card, IEnumerable<CardRow> rows, string? footer, string pageSuffix = "") => new()
    {
        Size = "mega",
        Header = Header(card.Header, pageSuffix),
        Body = FlexBox.Vertical([.. rows.Select(Row)]) with { Spacing = "md" },
        Footer = footer is null ? null : FlexBox.Vertical(new FlexText(footer) { Size = "xs", Color = Muted, Wrap = true }),
        Styles = new FlexBubbleStyles(new FlexBlockStyle(HeaderBackground, null), null, new FlexBlockStyle(null, true)),
    };

    private static FlexBox Header(CardHeader header, string pageSuffix)
    {
        var title = new FlexText(header.Title + pageSuffix) { Weight = "bold", Size = "md", Color = Ink, Wrap = true, Flex = 1 };
        var top = header.Badge is { } badge ? FlexBox.Horizontal(title, Badge(badge)) with { Spacing = "sm" } : FlexBox.Horizontal(title);
        return header.Subtitle is null
            ? FlexBox.Vertical(top)
            : FlexBox.Vertical(top, new FlexText(header.Subtitle) { Size = "xs", Color = Muted, Wrap = true });
    }

    private static FlexBox Badge(Badge badge) =>
        FlexBox.Vertical(new FlexText(badge.Text) { Size = "xxs", Color = "#FFFFFF", Weight = "bold", Align = "center" }) with
        {
            BackgroundColor = ToneColor(badge.Tone),
            CornerRadius = "md",
            PaddingAll = "4px",
            Flex = 0,
        };

    private static FlexComponent Row(CardRow row) => row switch
    {
        TextRow text => new FlexText(text.Text) { Size = "sm", Weight = "bold", Color = Ink, Wrap = true },
        FieldRow field => FlexBox.Horizontal(
            new FlexText(field.Label) { Size = "xs", Color = Muted, Flex = 2, Wrap = true },
            new FlexText(field.Value) { Size = "xs", Color = Ink, Flex = 5, Wrap = true }),
        ProgressRow progress => Progress(progress),
        LinkRow link => Link(link),
        AddressRow address => FlexBox.Horizontal(new FlexText(address.Title) { Size = "sm", Color = "#1D4ED8", Decoration = "underline", Wrap = true }) with
        {
            Action = new UriAction(address.Address.AbsoluteUri) { Label = LineLimits.TrimCharacters(address.Title, LineLimits.QuickReplyLabel) },
        },
        _ => throw new ArgumentOutOfRangeException(nameof(row), row.GetType().Name, "no Flex drawing for this row"),
    };

    private static FlexBox Progress(ProgressRow row)
    {
        var figure = row.Target is { } target
            ? string.Create(CultureInfo.InvariantCulture, $"{row.Actual}/{target} {row.Unit}")
            : string.Create(CultureInfo.InvariantCulture, $"{row.Actual} {row.Unit}");
        var line = FlexBox.Horizontal(
            new FlexText(row.Label) { Size = "xs", Color = Ink, Flex = 5, Wrap = true },
            new FlexText(figure.Trim()) { Size = "xs", Color = Muted, Flex = 2, Align = "end" });
        if (row.Fraction is not { } fraction)
        {
            return line;
        }

        // A bar is a grey track with a coloured box inside as wide as the share done; an empty share draws no box.
        var done = fraction >= 1 ? Tone.Good : Tone.Warning;
        var percent = (int)Math.Round(fraction * 100);
        IReadOnlyList<FlexComponent> fill = percent == 0
            ? []
            : [FlexBox.Vertical() with { BackgroundColor = ToneColor(done), Width = string.Create(CultureInfo.InvariantCulture, $"{percent}%"), Height = "6px" }];
        var bar = FlexBox.Vertical(fill) with { BackgroundColor = Track, Height = "6px", CornerRadius = "3px" };
        return FlexBox.Vertical(line, bar) with { Spacing = "xs" };
    }

    private static FlexBox Link(LinkRow link)
    {
        FlexComponent title = new FlexText(link.Title) { Size = "xs", Color = Ink, Flex = 5, Wrap = true, MaxLines = 3 };
        var contents = link.Badge is { } badge
            ? [title, new FlexText(badge.Text) { Size = "xxs", Color = ToneColor(badge.Tone), Flex = 2, Align = "end", Wrap = true }]
            : new[] { title };
        return FlexBox.Horizontal(contents) with
        {
            Spacing = "sm",
            Action = new MessageAction(LineLimits.TrimLength(link.Command, LineLimits.MessageActionText))
            {
                Label = LineLimits.TrimCharacters(link.Command, LineLimits.QuickReplyLabel),
            },
        };
    }

    private static string ToneColor(Tone tone) => tone switch
    {
        Tone.Good => "#15803D",
        Tone.Warning => "#B45309",
        _ => Muted,
    };
}
