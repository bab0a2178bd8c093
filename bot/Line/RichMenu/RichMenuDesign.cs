using ItaBot.Bot.Line.Messages;

namespace ItaBot.Bot.Line.RichMenu;

/// <summary>
/// A menu under the chat, in two rows of three. Each area sends its label as text, so what a tap does is exactly what
/// typing the word does. Everyone sees <see cref="Citizens"/>; the organisation's people see <see cref="Staff"/>, linked
/// to them when they link their account. The pictures are beside this file (made by <c>make-image.sh</c>), kept in the
/// assembly.
/// </summary>
public sealed record RichMenuDesign(string Name, string ChatBarText, IReadOnlyList<string> Items, string Picture)
{
    public const int Width = 2500;
    public const int Height = 1686;
    public const string ImageContentType = "image/png";

    /// <summary>The alias the staff menu is found by when a person links: set by <c>line richmenu</c>.</summary>
    public const string StaffAlias = "itabot-staff";

    /// <summary>What a citizen comes for: the default menu.</summary>
    public static readonly RichMenuDesign Citizens = new(
        "ItaBot เมนูหลัก", "เมนู", ["ร้องเรียน", "ติดตามเรื่อง", "ประเมินความพึงพอใจ", "ข้อเสนอแนะ", "ติดต่อเทศบาล", "ช่วยเหลือ"], "default-rich-menu.png");

    /// <summary>What staff, managers and administrators come for.</summary>
    public static readonly RichMenuDesign Staff = new(
        "ItaBot เมนูเจ้าหน้าที่", "เมนูงาน", ["งานของฉัน", "เรื่องค้าง", "มาตรการทั้งหมด", "สถิติเรื่องร้องเรียน", "ข้อเสนอแนะทั้งหมด", "ช่วยเหลือ"], "staff-rich-menu.png");

    private const int Columns = 3;

    public RichMenuRequest Request()
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
        return new RichMenuRequest(new RichMenuSize(Width, Height), Selected: true, Name, ChatBarText, [.. areas]);
    }

    public byte[] Image()
    {
        using var stream = typeof(RichMenuDesign).Assembly.GetManifestResourceStream("ItaBot.Bot.Line.RichMenu." + Picture)
            ?? throw new InvalidOperationException($"the rich menu picture {Picture} is not in the assembly");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
