using System.Text.Json;
using System.Text.Json.Serialization;

namespace ItaBot.Core.Plans;

/// <summary>A converter for plan files, which the bot reads and never writes.</summary>
internal abstract class ReadOnlyJsonConverter<T> : JsonConverter<T>
{
    public sealed override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        throw new NotSupportedException("Plan files are only read.");
}
