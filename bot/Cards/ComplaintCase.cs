using System.Globalization;
using ItaBot.Core.Complaints;

namespace ItaBot.Bot.Cards;

/// <summary>
/// What a complaint's handlers are shown besides what its filer sees: whether the filer can be reached and how, where
/// it is, and the evidence. An anonymous report says so plainly, so that a named one never looks the same.
/// </summary>
public static class ComplaintCase
{
    public static IEnumerable<FieldRow> Facts(Complaint complaint)
    {
        yield return new FieldRow("ผู้แจ้ง", Filer(complaint));
        if (complaint.Phone is { } phone)
        {
            yield return new FieldRow("โทร", Phone(phone));
        }

        if (Place(complaint) is { } place)
        {
            yield return new FieldRow("สถานที่", place);
        }

        if (complaint.PhotoIds.Count > 0)
        {
            yield return new FieldRow("รูปประกอบ", string.Create(CultureInfo.InvariantCulture, $"{complaint.PhotoIds.Count} รูป"));
        }
    }

    /// <summary>The facts as lines of a text message: "ผู้แจ้ง: …".</summary>
    public static string Lines(Complaint complaint) => string.Join("\n", Facts(complaint).Select(f => $"{f.Label}: {f.Value}"));

    private static string Filer(Complaint complaint) =>
        complaint.IsAnonymous ? "ไม่เปิดเผยตัวตน (ระบบไม่เก็บว่าใครแจ้ง ติดต่อกลับไม่ได้)"
        : complaint.FilerUserId is null ? "ระบุตัวตน แต่ลบข้อมูลของตนแล้ว (ติดต่อกลับทาง LINE ไม่ได้)"
        : "ระบุตัวตน (ได้รับแจ้งความคืบหน้าทาง LINE)";

    /// <summary>The place as typed or picked, with a map link when LINE gave its coordinates.</summary>
    private static string? Place(Complaint complaint)
    {
        var map = complaint is { Latitude: double latitude, Longitude: double longitude }
            ? string.Create(CultureInfo.InvariantCulture, $"https://www.google.com/maps?q={latitude:0.######},{longitude:0.######}")
            : null;
        var parts = new[] { complaint.Place, map }.Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
        return parts.Count == 0 ? null : string.Join(" ", parts);
    }

    /// <summary>0812345678 → 081-234-5678, 021234567 → 02-123-4567: as a Thai number is read and dialled.</summary>
    private static string Phone(string digits) => digits.Length switch
    {
        10 => $"{digits[..3]}-{digits[3..6]}-{digits[6..]}",
        9 => $"{digits[..2]}-{digits[2..5]}-{digits[5..]}",
        _ => digits,
    };
}
