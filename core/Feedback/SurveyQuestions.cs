namespace ItaBot.Core.Feedback;

/// <summary>
/// The satisfaction survey: the points on which the ITA asks external stakeholders about the organisation (the EIT) —
/// steps and time, equal treatment, clear information, easy channels, improvement.
/// </summary>
public static class SurveyQuestions
{
    public static readonly IReadOnlyList<(string Code, string Text)> All =
    [
        ("steps", "ขั้นตอนและระยะเวลาการให้บริการชัดเจนและเหมาะสม"),
        ("equal", "เจ้าหน้าที่ให้บริการอย่างเท่าเทียม ไม่เลือกปฏิบัติ"),
        ("clear", "ได้รับข้อมูลที่ชัดเจน เข้าใจง่าย"),
        ("channels", "ช่องทางการติดต่อและรับบริการสะดวก เข้าถึงง่าย"),
        ("improve", "หน่วยงานปรับปรุงการให้บริการให้ดีขึ้น"),
    ];
}
