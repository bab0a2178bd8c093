namespace ItaBot.Bot.Line.Messages;

public sealed record RichMenuRequest(RichMenuSize Size, bool Selected, string Name, string ChatBarText, IReadOnlyList<RichMenuArea> Areas);

public sealed record RichMenuSize(int Width, int Height);

public sealed record RichMenuArea(RichMenuBounds Bounds, LineAction Action);

public sealed record RichMenuBounds(int X, int Y, int Width, int Height);

public sealed record RichMenuIdResponse(string RichMenuId);

public sealed record CreateRichMenuAliasRequest(string RichMenuAliasId, string RichMenuId);

public sealed record UpdateRichMenuAliasRequest(string RichMenuId);

public sealed record RichMenuAliasResponse(string RichMenuAliasId, string RichMenuId);
