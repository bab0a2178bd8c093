namespace ItaBot.Bot.Cards;

/// <summary>
/// A card that shows a domain object: a header with an optional status badge, rows, a footer. It is a presentation
/// model only — LINE draws it as a Flex bubble, the terminal as text — so that both channels show the same facts.
/// </summary>
public sealed record Card(CardHeader Header, IReadOnlyList<CardRow> Rows, string? Footer)
{
    /// <summary>What a notification or a client that cannot draw the card shows instead.</summary>
    public required string AltText { get; init; }
}

public sealed record CardHeader(string Title, string? Subtitle, Badge? Badge);

/// <summary>A short status word with the tone it is drawn in.</summary>
public sealed record Badge(string Text, Tone Tone);

public enum Tone
{
    Neutral,
    Warning,
    Good,
}

public abstract record CardRow;

/// <summary>A paragraph, e.g. the measure's title.</summary>
public sealed record TextRow(string Text) : CardRow;

/// <summary>A labelled value: "ผู้รับผิดชอบ · กองคลัง".</summary>
public sealed record FieldRow(string Label, string Value) : CardRow;

/// <summary>An output against its target: "ตรวจสอบพัสดุ ครุภัณฑ์ 2/4 ครั้ง". No target means a plain count.</summary>
public sealed record ProgressRow(string Label, int Actual, int? Target, string? Unit) : CardRow
{
    public double? Fraction => Target is int target && target > 0 ? Math.Min(1.0, (double)Actual / target) : null;
}

/// <summary>An item of a list that opens something when tapped; <paramref name="Command"/> is the text it sends.</summary>
public sealed record LinkRow(string Title, Badge? Badge, string Command) : CardRow;

/// <summary>A line that opens a web address when tapped: a document to read, on the bot's own web server.</summary>
public sealed record AddressRow(string Title, Uri Address) : CardRow;
