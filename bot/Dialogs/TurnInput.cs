namespace ItaBot.Bot.Dialogs;

/// <summary>What a person sent in one message, whatever the channel.</summary>
public abstract record TurnInput;

public sealed record TextInput(string Text) : TurnInput;

/// <summary>A photo, fetched from the channel by its message id only when a question asked for one.</summary>
public sealed record PhotoInput(string MessageId) : TurnInput;

/// <summary>A place: LINE's location message, with the name and address LINE gives it.</summary>
public sealed record LocationInput(string? Title, string? Address, double Latitude, double Longitude) : TurnInput;

/// <summary>Anything else — a sticker, a video, a file: acknowledged, not read.</summary>
public sealed record OtherInput(string Kind) : TurnInput;
