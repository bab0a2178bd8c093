using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace ItaBot.Core.Plans;

/// <summary>
/// Checks every field of a plan file against the shape the reader expects — a number where a number goes, a list where
/// a list goes, no unknown field — before it is read, so that all such mistakes are listed at once, each by its path and
/// line, instead of only the first one the reader stops at.
/// </summary>
internal static class PlanShape
{
    private static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>The mistakes in <paramref name="utf8Json"/>; a file that is not JSON at all throws the reader's <see cref="JsonException"/>.</summary>
    public static List<PlanError> Check(ReadOnlySpan<byte> utf8Json)
    {
        var errors = new List<PlanError>();
        var reader = new Utf8JsonReader(utf8Json, Options);
        if (reader.Read())
        {
            Value(ref reader, utf8Json, PlanJsonContext.Default.PlanDocument, "$", errors);
        }

        return errors;
    }

    private static void Value(ref Utf8JsonReader reader, ReadOnlySpan<byte> json, JsonTypeInfo type, string path, List<PlanError> errors)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return;
        }

        var expected = Expected(type);
        if (reader.TokenType != expected.Token)
        {
            errors.Add(Error(json, reader, path, $"ต้องเป็น{expected.Thai}"));
            reader.Skip();
            return;
        }

        if (type.Kind == JsonTypeInfoKind.Object)
        {
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString()!;
                var property = type.Properties.FirstOrDefault(p => p.Name == name);
                var at = $"{path}.{name}";
                reader.Read();
                if (property is null)
                {
                    errors.Add(Error(json, reader, at, "ไม่มีช่องนี้ในรูปแบบแผน (สะกดผิดหรือไม่)"));
                    reader.Skip();
                    continue;
                }

                Value(ref reader, json, type.Options.GetTypeInfo(property.PropertyType), at, errors);
            }
        }
        else if (type.Kind == JsonTypeInfoKind.Enumerable)
        {
            var element = type.Options.GetTypeInfo(type.ElementType!);
            for (var i = 0; reader.Read() && reader.TokenType != JsonTokenType.EndArray; i++)
            {
                Value(ref reader, json, element, $"{path}[{i}]", errors);
            }
        }
    }

    /// <summary>The token a value of <paramref name="type"/> starts with, and how to say it.</summary>
    private static (JsonTokenType Token, string Thai) Expected(JsonTypeInfo type)
    {
        var clr = Nullable.GetUnderlyingType(type.Type) ?? type.Type;
        return type.Kind switch
        {
            JsonTypeInfoKind.Object => (JsonTokenType.StartObject, "ออบเจกต์ { … }"),
            JsonTypeInfoKind.Enumerable => (JsonTokenType.StartArray, "รายการ [ … ]"),
            _ when clr == typeof(int) => (JsonTokenType.Number, "ตัวเลข (ไม่มีเครื่องหมายคำพูด)"),
            _ => (JsonTokenType.String, "ข้อความในเครื่องหมายคำพูด \"…\""),
        };
    }

    // The reader counts neither lines nor columns in public: they are counted here, only for the value in error.
    private static PlanError Error(ReadOnlySpan<byte> json, Utf8JsonReader reader, string path, string message)
    {
        var before = json[..(int)reader.TokenStartIndex];
        var line = before.Count((byte)'\n') + 1;
        var column = before.Length - before.LastIndexOf((byte)'\n');
        return new PlanError(path, message, line, column);
    }
}
