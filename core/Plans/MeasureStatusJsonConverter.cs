using System.Text.Json;
using ItaBot.Core.Measures;

namespace ItaBot.Core.Plans;

/// <summary>A status in English ("inProgress") or as the Thai reports write it ("ระหว่างดำเนินการ").</summary>
internal sealed class MeasureStatusJsonConverter : ReadOnlyJsonConverter<MeasureStatus?>
{
    public override MeasureStatus? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString()?.Trim() : null;
        foreach (var status in Enum.GetValues<MeasureStatus>())
        {
            if (string.Equals(text, status.ToString(), StringComparison.OrdinalIgnoreCase) || text == status.Thai())
            {
                return status;
            }
        }

        throw new JsonException("ต้องเป็น notStarted / inProgress / done หรือ ยังไม่ดำเนินการ / ระหว่างดำเนินการ / ดำเนินการแล้ว");
    }
}
