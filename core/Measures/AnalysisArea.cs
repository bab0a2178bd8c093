namespace ItaBot.Core.Measures;

/// <summary>The seven ITA analysis areas (ประเด็น) that measures have been grouped under since ITA 2566.</summary>
public static class AnalysisArea
{
    public const int First = 1;
    public const int Last = 7;

    private static readonly string[] Names =
    [
        "กระบวนการปฏิบัติงานที่โปร่งใสและมีประสิทธิภาพ",
        "การให้บริการและระบบ E-Service",
        "ช่องทางและรูปแบบการประชาสัมพันธ์เผยแพร่ข้อมูลข่าวสารภาครัฐ",
        "กระบวนการกำกับดูแลการใช้ทรัพย์สินของราชการ",
        "กระบวนการสร้างความโปร่งใสในการใช้งบประมาณและการจัดซื้อจัดจ้าง",
        "กระบวนการควบคุม ตรวจสอบการใช้อำนาจและการบริหารงานบุคคล",
        "กลไกและมาตรการในการแก้ไขและป้องกันการทุจริตภายในหน่วยงาน",
    ];

    public static bool IsValid(int area) => area is >= First and <= Last;

    public static string Name(int area) =>
        IsValid(area) ? Names[area - 1] : throw new ArgumentOutOfRangeException(nameof(area), area, null);
}
