using System.ComponentModel.DataAnnotations;

namespace ItaBot.Bot.Hosting;

/// <summary>Configuration section <c>Database</c>; the connection string is <c>ConnectionStrings:ItaBot</c>.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    [AllowedValues("Sqlite", ErrorMessage = "Database:Provider ต้องเป็น 'Sqlite' ในรุ่นนี้ (PostgreSQL ตามมาภายหลัง) / must be 'Sqlite' in this build")]
    public string Provider { get; set; } = "Sqlite";
}
