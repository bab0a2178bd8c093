using ItaBot.Bot.Line.Messages;

namespace ItaBot.Bot.Line.RichMenu;

/// <summary>
/// The menu under the chat for everyone: what a citizen comes for, in two rows of three. Each area sends its label as
/// text, so what a tap does is exactly what typing the word does. The picture is <c>default-rich-menu.png</c> beside
/// this file (made by <c>make-image.sh</c>), kept in the assembly.
/// </summary>
public static class DefaultRichMenu
{
    public const int Width = 2500;
    public const int Height = 1686;
    public const string ImageContentType = "image/png";

    /// <summary>What the areas say and send, left to right, top row first.</summary>
    public static readonly IReadOnlyList<string> Items = ["ร้องเรียน", "ติดตามเรื่อง", "ประเมินความพึงพอใจ", "ข้อเสนอแนะ", "ติดต่อเทศบาล", "ช่วยเหลือ"];

    private const int Columns = 3;

    public static RichMenuRequest Request()
    {
        var rows = (Items.Count + Columns - 1) / Columns;
        var areas = Items.Select((item, i) =>
        {
            var (row, column) = (i / Columns, i % Columns);
            var left = Width * column / Columns;
            var top = Height * row / rows;
            var bounds = new RichMenuBounds(left, top, (Width * (column + 1) / Columns) - left, (Height * (row + 1) / rows) - top);
            return new RichMenuArea(bounds, new MessageAction(item) { Label = item });
        });
        return new RichMenuRequest(new RichMenuSize(Width, Height), Selected: true, "ItaBot เมนูหลัก", "เมนู", [.. areas]);
    }

    public static byte[] Image()
    {
        using var stream = typeof(DefaultRichMenu).Assembly.GetManifestResourceStream("ItaBot.Bot.Line.RichMenu.default-rich-menu.png")
            ?? throw new InvalidOperationException("the rich menu picture is not in the assembly");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
