namespace ItaBot.Bot.Line.Messages;

public sealed record ReplyMessageRequest(string ReplyToken, IReadOnlyList<LineMessage> Messages);

public sealed record PushMessageRequest(string To, IReadOnlyList<LineMessage> Messages);

public sealed record MulticastRequest(IReadOnlyList<string> To, IReadOnlyList<LineMessage> Messages);

public sealed record ShowLoadingAnimationRequest(string ChatId, int LoadingSeconds);

public sealed record UserProfile(string UserId, string DisplayName, string? PictureUrl, string? StatusMessage, string? Language);

/// <summary>LINE's error body: a message, and for a bad request the property at fault.</summary>
public sealed record LineErrorResponse(string? Message, IReadOnlyList<LineErrorDetail>? Details);

public sealed record LineErrorDetail(string? Message, string? Property);
