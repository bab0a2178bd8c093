using ItaBot.Core;
using ItaBot.Core.Calendar;
using ItaBot.Core.Measures;
using ItaBot.Core.Persistence;
using ItaBot.Core.Plans;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ItaBot.Bot.Hosting;

internal static class CoreServices
{
    public const string ConnectionStringName = "ItaBot";
    public const string DefaultConnectionString = "Data Source=itabot.db";

    /// <summary>The domain: its database, the organisation's calendar, plans and measures.</summary>
    public static IHostApplicationBuilder AddCore(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<OrganizationOptions>()
            .BindConfiguration(OrganizationOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(services => new FiscalCalendar(
            services.GetRequiredService<TimeProvider>(),
            TimeZones.Find(services.GetRequiredService<IOptions<OrganizationOptions>>().Value.TimeZone)));

        var connectionString = builder.Configuration.GetConnectionString(ConnectionStringName) ?? DefaultConnectionString;
        var provider = builder.Configuration["Database:Provider"] ?? "Sqlite";
        if (!provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(
                $"Database:Provider '{provider}' ยังไม่รองรับในรุ่นนี้ ใช้ 'Sqlite' / is not supported by this build yet; use 'Sqlite'.");
        }

        EnsureDirectory(connectionString);
        builder.Services.AddDbContext<ItaBotDbContext>(db => db.UseSqlite(
            connectionString,
            sqlite => sqlite.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)));
        builder.Services.AddScoped<PlanImporter>();
        builder.Services.AddScoped<MeasureCatalog>();
        builder.Services.AddScoped<DatabaseInitializer>();
        return builder;
    }

    // SQLite creates the file but not the folder it is in; "Data Source=data/itabot.db" should just work.
    private static void EnsureDirectory(string connectionString)
    {
        var file = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var directory = Path.GetDirectoryName(Path.GetFullPath(file));
        if (!string.IsNullOrEmpty(directory) && file != ":memory:")
        {
            Directory.CreateDirectory(directory);
        }
    }
}
