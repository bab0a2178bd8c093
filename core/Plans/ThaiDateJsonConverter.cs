using System.Text.Json;
using ItaBot.Core.Calendar;

namespace ItaBot.Core.Plans;

/// <summary>Dates in a plan file as people copy them from their documents ("1 ต.ค. 67") or as ISO ("2024-10-01").</summary>
internal sealed class ThaiDateJsonConverter : ReadOnlyJsonConverter<DateOnly?>
{
    public override DateOnly? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String && ThaiDate.TryParse(reader.GetString(), out var date))
        {
            return date;
        }

        throw new JsonException("ต้องเป็นวันที่ เช่น \"1 ต.ค. 67\" หรือ \"2024-10-01\"");
    }
}
