using System.ComponentModel.DataAnnotations;

namespace ItaBot.Bot.Hosting;

/// <summary>Configuration section <c>Database</c>; the connection string is <c>ConnectionStrings:ItaBot</c>.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";
    public const string Sqlite = "Sqlite";
    public const string Postgres = "Postgres";

    [AllowedValues(Sqlite, Postgres, ErrorMessage = "Database:Provider ต้องเป็น 'Sqlite' หรือ 'Postgres' / must be 'Sqlite' or 'Postgres'")]
    public string Provider { get; set; } = Sqlite;

    public bool IsPostgres => Provider == Postgres;

    /// <summary>The provider as configured, read while services are being added (the choice decides which are).</summary>
    public static DatabaseOptions From(IConfiguration configuration) =>
        configuration.GetSection(Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
}
