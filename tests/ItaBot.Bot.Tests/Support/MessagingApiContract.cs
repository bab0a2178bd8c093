using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using YamlDotNet.Serialization;

namespace ItaBot.Bot.Tests.Support;

/// <summary>
/// Checks a request against LINE's own description, <c>../shared/line-openapi/messaging-api.yml</c>: the operation
/// exists, only the headers it declares are sent, and the JSON body fits its schema — required fields, no undeclared
/// ones, types, enums, lengths and item counts, with <c>$ref</c>, <c>allOf</c> and discriminators followed.
/// </summary>
public sealed class MessagingApiContract
{
    private static readonly Lazy<MessagingApiContract> Loaded = new(() => new MessagingApiContract(SharedFiles.Find("line-openapi", "messaging-api.yml")));

    private static readonly string[] HttpMethods = ["get", "post", "put", "delete", "patch"];

    private readonly Dictionary<object, object> document;
    private readonly List<(string Method, Regex Path, Dictionary<object, object> Operation)> operations = [];

    private MessagingApiContract(string file)
    {
        using var reader = new StreamReader(file);
        document = (Dictionary<object, object>)new DeserializerBuilder().Build().Deserialize<object>(reader)!;
        foreach (var (path, item) in Map(document, "paths"))
        {
            var pattern = new Regex("^" + Regex.Replace(Regex.Escape((string)path), @"\\\{[^/]+?\}", "[^/]+") + "$");
            foreach (var (method, operation) in ((Dictionary<object, object>)item).Where(m => HttpMethods.Contains((string)m.Key)))
            {
                operations.Add((((string)method).ToUpperInvariant(), pattern, (Dictionary<object, object>)operation));
            }
        }
    }

    public static MessagingApiContract Instance => Loaded.Value;

    /// <summary>Every way the request breaks the contract; empty when it keeps it.</summary>
    public IReadOnlyList<string> Check(string method, string path, IReadOnlyDictionary<string, string> headers, string? contentType, string? body)
    {
        var errors = new List<string>();
        var match = operations.FirstOrDefault(o => o.Method == method && o.Path.IsMatch(path));
        if (match.Operation is null)
        {
            return [$"{method} {path}: no such operation"];
        }

        var declared = (match.Operation.TryGetValue("parameters", out var parameters) ? (List<object>)parameters : [])
            .Cast<Dictionary<object, object>>()
            .Where(p => (string)p["in"] == "header")
            .Select(p => ((string)p["name"]).ToLowerInvariant())
            .ToHashSet();
        foreach (var header in headers.Keys.Where(h => h.StartsWith("x-line-", StringComparison.OrdinalIgnoreCase)))
        {
            if (!declared.Contains(header.ToLowerInvariant()))
            {
                errors.Add($"{method} {path}: header {header} is not accepted by this operation");
            }
        }

        if (!headers.TryGetValue("Authorization", out var authorization) || !authorization.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            errors.Add($"{method} {path}: no bearer token");
        }

        if (match.Operation.TryGetValue("requestBody", out var requestBody))
        {
            var content = Map((Dictionary<object, object>)requestBody, "content");
            if (content.TryGetValue("application/json", out var json))
            {
                if (contentType?.StartsWith("application/json", StringComparison.Ordinal) != true || body is null)
                {
                    errors.Add($"{method} {path}: expected a JSON body");
                }
                else
                {
                    using var parsed = JsonDocument.Parse(body);
                    Validate(parsed.RootElement, (Dictionary<object, object>)((Dictionary<object, object>)json)["schema"], "$", errors, fromDiscriminator: false);
                }
            }
        }

        return errors;
    }

    private void Validate(JsonElement value, Dictionary<object, object> schema, string at, List<string> errors, bool fromDiscriminator)
    {
        schema = Resolve(schema);
        if (!fromDiscriminator && schema.TryGetValue("discriminator", out var discriminator) && value.ValueKind == JsonValueKind.Object)
        {
            var property = (string)((Dictionary<object, object>)discriminator)["propertyName"];
            var mapping = Map((Dictionary<object, object>)discriminator, "mapping");
            if (!value.TryGetProperty(property, out var kind) || kind.ValueKind != JsonValueKind.String
                || !mapping.TryGetValue(kind.GetString()!, out var target))
            {
                errors.Add($"{at}.{property}: '{(value.TryGetProperty(property, out var k) ? k.ToString() : "")}' is not one of {string.Join(", ", mapping.Keys)}");
                return;
            }

            Validate(value, Ref((string)target), at, errors, fromDiscriminator: true);
            return;
        }

        var merged = Merge(schema);
        if (merged.Type is { } type && !HasType(value, type))
        {
            errors.Add($"{at}: expected {type}, got {value.ValueKind}");
            return;
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var required in merged.Required.Where(r => !value.TryGetProperty(r, out _)))
                {
                    errors.Add($"{at}.{required}: required");
                }

                foreach (var property in value.EnumerateObject())
                {
                    if (merged.Properties.TryGetValue(property.Name, out var propertySchema))
                    {
                        Validate(property.Value, propertySchema, $"{at}.{property.Name}", errors, fromDiscriminator: false);
                    }
                    else if (merged.Properties.Count > 0)
                    {
                        errors.Add($"{at}.{property.Name}: not a property of this object");
                    }
                }

                break;
            case JsonValueKind.Array:
                var count = value.GetArrayLength();
                CheckRange(count, merged.Get("minItems"), merged.Get("maxItems"), $"{at}: {count} items", errors);
                if (merged.Items is { } items)
                {
                    var i = 0;
                    foreach (var item in value.EnumerateArray())
                    {
                        Validate(item, items, $"{at}[{i++}]", errors, fromDiscriminator: false);
                    }
                }

                break;
            case JsonValueKind.String:
                var text = value.GetString()!;
                CheckRange(text.Length, merged.Get("minLength"), merged.Get("maxLength"), $"{at}: length {text.Length}", errors);
                if (merged.Enum is { } allowed && !allowed.Contains(text))
                {
                    errors.Add($"{at}: '{text}' is not one of {string.Join(", ", allowed)}");
                }

                if (merged.Pattern is { } pattern && !Regex.IsMatch(text, pattern))
                {
                    errors.Add($"{at}: '{text}' does not match {pattern}");
                }

                break;
            case JsonValueKind.Number:
                CheckRange(value.GetDouble(), merged.Get("minimum"), merged.Get("maximum"), $"{at}: {value.GetDouble()}", errors);
                break;
        }
    }

    /// <summary>A schema with its <c>allOf</c> parts folded in (their discriminators are the parent's, not followed).</summary>
    private Merged Merge(Dictionary<object, object> schema)
    {
        var merged = new Merged();
        Fold(Resolve(schema), merged);
        return merged;
    }

    private void Fold(Dictionary<object, object> schema, Merged merged)
    {
        foreach (var (key, value) in schema)
        {
            switch ((string)key)
            {
                case "allOf":
                    foreach (var part in (List<object>)value)
                    {
                        Fold(Resolve((Dictionary<object, object>)part), merged);
                    }

                    break;
                case "properties":
                    foreach (var (name, property) in (Dictionary<object, object>)value)
                    {
                        merged.Properties[(string)name] = (Dictionary<object, object>)property;
                    }

                    break;
                case "required":
                    merged.Required.UnionWith(((List<object>)value).Cast<string>());
                    break;
                case "type":
                    merged.Type = (string)value;
                    break;
                case "items":
                    merged.Items = (Dictionary<object, object>)value;
                    break;
                case "enum":
                    merged.Enum = [.. ((List<object>)value).Select(v => v.ToString()!)];
                    break;
                case "pattern":
                    merged.Pattern = (string)value;
                    break;
                case "minItems" or "maxItems" or "minLength" or "maxLength" or "minimum" or "maximum":
                    merged.Limits[(string)key] = double.Parse((string)value, CultureInfo.InvariantCulture);
                    break;
            }
        }
    }

    private Dictionary<object, object> Resolve(Dictionary<object, object> schema) =>
        schema.TryGetValue("$ref", out var reference) ? Resolve(Ref((string)reference)) : schema;

    private Dictionary<object, object> Ref(string reference) =>
        reference.TrimStart('#', '/').Split('/').Aggregate(document, (node, key) => (Dictionary<object, object>)node[key]);

    private static Dictionary<object, object> Map(Dictionary<object, object> node, string key) => (Dictionary<object, object>)node[key];

    private static bool HasType(JsonElement value, string type) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        "number" => value.ValueKind == JsonValueKind.Number,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        _ => true,
    };

    private static void CheckRange(double actual, double? min, double? max, string what, List<string> errors)
    {
        if (actual < min || actual > max)
        {
            errors.Add($"{what}, allowed {min?.ToString(CultureInfo.InvariantCulture) ?? "…"}–{max?.ToString(CultureInfo.InvariantCulture) ?? "…"}");
        }
    }

    private sealed class Merged
    {
        public Dictionary<string, Dictionary<object, object>> Properties { get; } = [];

        public HashSet<string> Required { get; } = [];

        public Dictionary<string, double> Limits { get; } = [];

        public string? Type { get; set; }

        public Dictionary<object, object>? Items { get; set; }

        public HashSet<string>? Enum { get; set; }

        public string? Pattern { get; set; }

        public double? Get(string limit) => Limits.TryGetValue(limit, out var value) ? value : null;
    }
}
