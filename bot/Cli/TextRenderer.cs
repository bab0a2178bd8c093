using System.Globalization;
using ItaBot.Bot.Cards;
using ItaBot.Bot.Conversation;
using ItaBot.Bot.Dialogs;

namespace ItaBot.Bot.Cli;

/// <summary>Draws a reply in a terminal: text as it is, cards in a box, quick replies as [buttons].</summary>
public static class TextRenderer
{
    private const int BarWidth = 10;

    public static void Write(TextWriter output, Reply reply)
    {
        foreach (var message in reply.Messages)
        {
            switch (message)
            {
                case TextMessage text:
                    output.WriteLine(text.Text);
                    break;
                case CardMessage card:
                    WriteCard(output, card.Card);
                    break;
                case PhotoMessage:
                    output.WriteLine("[รูปประกอบ]");
                    break;
                default:
                    throw new NotSupportedException($"No text rendering for {message.GetType().Name}.");
            }
        }

        // A terminal has no camera or location picker: only the buttons that send text are drawn.
        var choices = reply.Choices.Where(c => c.Kind == ChoiceKind.Send).ToList();
        if (choices.Count > 0)
        {
            output.WriteLine(string.Join(" ", choices.Select(c => $"[{c.Label}]")));
        }

        output.WriteLine();
    }

    private static void WriteCard(TextWriter output, Card card)
    {
        var header = card.Header.Badge is { } badge ? $"{card.Header.Title} · {badge.Text}" : card.Header.Title;
        output.WriteLine($"┌ {header}");
        if (card.Header.Subtitle is { } subtitle)
        {
            Line(output, subtitle);
        }

        foreach (var row in card.Rows)
        {
            Line(output, Row(row));
        }

        output.WriteLine(card.Footer is { } footer ? $"└ {footer}" : "└");
    }

    private static string Row(CardRow row) => row switch
    {
        TextRow text => text.Text,
        FieldRow field => $"{field.Label}: {field.Value}",
        ProgressRow progress => Progress(progress),
        LinkRow link => link.Badge is { } badge ? $"{link.Title} · {badge.Text}" : link.Title,
        AddressRow address => $"{address.Title}: {address.Address}",
        _ => throw new NotSupportedException($"No text rendering for {row.GetType().Name}."),
    };

    private static string Progress(ProgressRow row)
    {
        var unit = row.Unit is null ? "" : " " + row.Unit;
        if (row.Fraction is not { } fraction)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{row.Label}: {row.Actual}{unit}");
        }

        var filled = (int)Math.Round(fraction * BarWidth);
        var bar = new string('█', filled) + new string('░', BarWidth - filled);
        return string.Create(CultureInfo.InvariantCulture, $"{row.Label}: {row.Actual}/{row.Target}{unit} {bar}");
    }

    private static void Line(TextWriter output, string text)
    {
        foreach (var line in text.Split('\n'))
        {
            output.WriteLine($"│ {line}");
        }
    }
}
