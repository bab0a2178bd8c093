namespace ItaBot.Bot.Cards;

/// <summary>
/// The bot's answer to a turn, independent of the channel: LINE renders it as text and Flex messages with quick-reply
/// buttons, the terminal as plain text. Every reply offers a next step.
/// </summary>
public sealed record Reply(IReadOnlyList<ReplyMessage> Messages, IReadOnlyList<Choice> Choices)
{
    public static Reply Text(string text, params IReadOnlyList<Choice> choices) => new([new TextMessage(text)], choices);
}

public abstract record ReplyMessage;

public sealed record TextMessage(string Text) : ReplyMessage;

public sealed record CardMessage(Card Card) : ReplyMessage;

/// <summary>A stored photo (a complaint's), shown where the channel can reach it; named only where it cannot.</summary>
public sealed record PhotoMessage(Guid FileId) : ReplyMessage;

/// <summary>
/// A quick-reply button: what it says, and the text it sends as if the person had typed it — or, for a channel that has
/// them, one that opens the camera, the photo library or the location picker instead.
/// </summary>
public sealed record Choice(string Label, string Text, ChoiceKind Kind = ChoiceKind.Send)
{
    public static Choice Of(string text) => new(text, text);

    public static Choice Camera(string label) => new(label, "", ChoiceKind.Camera);

    public static Choice PhotoLibrary(string label) => new(label, "", ChoiceKind.PhotoLibrary);

    public static Choice Location(string label) => new(label, "", ChoiceKind.Location);
}

public enum ChoiceKind
{
    Send,
    Camera,
    PhotoLibrary,
    Location,
}
