namespace ItaBot.Core.Messaging;

/// <summary>
/// Sends messages to people who did not just write — staff told of a new complaint, a citizen told theirs moved. What
/// is sent goes into the outbox of the current unit of work, so it leaves only if the change that caused it is saved.
/// </summary>
public interface IMessenger
{
    void Send(IReadOnlyCollection<string> userIds, Notice notice);

    /// <summary>The menu under the chat for <paramref name="userId"/>: the staff menu once they link, the citizens' when they no longer are.</summary>
    void ShowMenu(string userId, bool staff);
}

/// <summary>
/// A message to push: its text and the buttons under it. With a <see cref="Card"/>, a channel that can draw cards sends
/// the card and uses the text where it cannot (LINE's altText, a notification, the terminal).
/// </summary>
public sealed record Notice(string Text, IReadOnlyList<NoticeButton> Buttons)
{
    public NoticeCard? Card { get; init; }

    /// <summary>
    /// Stored photos to show before the text, where the channel can: a complaint's, for its handlers — at most three, so
    /// that with the text they fit the five messages LINE takes at once.
    /// </summary>
    public IReadOnlyList<Guid> Photos { get; init; } = [];
}

/// <summary>A card of labelled figures: a summary for managers; with links to documents to open, where the channel can.</summary>
public sealed record NoticeCard(string Title, string? Subtitle, IReadOnlyList<NoticeField> Fields)
{
    public IReadOnlyList<NoticeLink> Links { get; init; } = [];
}

/// <summary>A document to open: what the line says, and its address on the bot's web server.</summary>
public sealed record NoticeLink(string Label, Uri Address);

public sealed record NoticeField(string Label, string Value);

/// <summary>A button: what it says (at most 20 characters), and the text it sends.</summary>
public sealed record NoticeButton(string Label, string Sends);
