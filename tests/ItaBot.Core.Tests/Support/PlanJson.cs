using System.Text;
using ItaBot.Core.Plans;

namespace ItaBot.Core.Tests.Support;

/// <summary>Small plan files for tests, written as the JSON a person would write.</summary>
public static class PlanJson
{
    public const string Valid = """
        {
          "organization": "อบต.ทดสอบ",
          "fiscalYear": 2569,
          "measures": [
            {
              "number": 1,
              "title": "มาตรการยกระดับกระบวนการกำกับดูแลการใช้ทรัพย์สินของทางราชการ",
              "area": 4,
              "responsibleUnits": ["กองคลัง"],
              "outputs": [
                { "label": "ตรวจสอบพัสดุ ครุภัณฑ์", "target": 4, "unit": "ครั้ง", "cadence": "quarterly" }
              ]
            },
            {
              "number": 2,
              "title": "มาตรการป้องกันการทุจริต (No Gift Policy)",
              "area": 7,
              "responsibleUnits": ["สำนักปลัด"],
              "period": { "start": "1 ม.ค. 69", "end": "2026-06-30" }
            }
          ]
        }
        """;

    public static PlanDocument Read(string json) => PlanDocumentReader.Read(Encoding.UTF8.GetBytes(json));
}
