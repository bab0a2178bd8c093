namespace ItaBot.Core.Complaints;

/// <summary>
/// Configuration section <c>Complaints</c>: the kinds citizens choose from (each routed to a unit), and the key that
/// makes filer keys. Without kinds configured, the usual ones of a municipality are offered.
/// </summary>
public sealed class ComplaintOptions
{
    public const string Section = "Complaints";

    public List<ComplaintKind> Kinds { get; set; } = [];

    /// <summary>
    /// The secret behind <see cref="Complaint.FilerKey"/>. Set it (a long random string, kept out of the database's
    /// backups); without it a key is generated once and kept in the database.
    /// </summary>
    public string? FilerKeySecret { get; set; }

    public IReadOnlyList<ComplaintKind> KindsOrDefault => Kinds.Count > 0 ? Kinds : Defaults;

    private static readonly ComplaintKind[] Defaults =
    [
        new() { Name = "ถนน/ทางเท้า", Unit = "กองช่าง" },
        new() { Name = "ไฟฟ้าส่องสว่าง", Unit = "กองช่าง" },
        new() { Name = "ขยะ", Unit = "กองสาธารณสุข" },
        new() { Name = "น้ำประปา", Unit = "กองช่าง" },
        new() { Name = "ทุจริต/สินบน", Unit = "สำนักปลัด", Category = ComplaintCategory.Corruption },
        new() { Name = "ประพฤติมิชอบ", Unit = "สำนักปลัด", Category = ComplaintCategory.Corruption },
        new() { Name = "อื่น ๆ", Unit = "สำนักปลัด" },
    ];
}
