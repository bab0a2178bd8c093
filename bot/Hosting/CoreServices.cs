using ItaBot.Core;
using ItaBot.Core.Approvals;
using ItaBot.Core.Calendar;
using ItaBot.Core.Complaints;
using ItaBot.Core.Feedback;
using ItaBot.Core.Numbering;
using ItaBot.Core.Measures;
using ItaBot.Core.People;
using ItaBot.Core.Persistence;
using ItaBot.Core.Persistence.Postgres;
using ItaBot.Core.Plans;
using ItaBot.Core.Reports;
using ItaBot.Core.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ItaBot.Bot.Hosting;

internal static class CoreServices
{
    public const string ConnectionStringName = "ItaBot";
    public const string DefaultConnectionString = "Data Source=itabot.db";

    private static readonly SqliteConnectionSettings ConnectionSettings = new();

    /// <summary>
    /// The connection string, read when a connection is made rather than when services are added (unlike the provider,
    /// which decides which services are): a test host may still add it. On PostgreSQL it must be given; on SQLite the
    /// file <c>itabot.db</c> is the default.
    /// </summary>
    public static string ConnectionString(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        return services.GetRequiredService<IConfiguration>().GetConnectionString(ConnectionStringName)
            ?? (options.IsPostgres
                ? throw new InvalidOperationException("Database:Provider is Postgres: set ConnectionStrings:ItaBot to the server's connection string")
                : DefaultConnectionString);
    }

    /// <summary>The domain: its database, the organisation's calendar, plans and measures.</summary>
    public static IHostApplicationBuilder AddCore(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<OrganizationOptions>()
            .BindConfiguration(OrganizationOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddOptions<DatabaseOptions>()
            .BindConfiguration(DatabaseOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton(services => services.GetRequiredService<IOptions<OrganizationOptions>>().Value);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(services => new FiscalCalendar(
            services.GetRequiredService<TimeProvider>(),
            TimeZones.Find(services.GetRequiredService<IOptions<OrganizationOptions>>().Value.TimeZone)));

        // Pooled: the webhook's background work makes several short-lived contexts for every event. A context is only
        // ever used by one flow at a time here, so the thread-safety check, which costs on every operation, is off.
        if (DatabaseOptions.From(builder.Configuration).IsPostgres)
        {
            builder.Services.AddDbContextPool<ItaBotDbContext, PostgresDbContext>((services, db) => db
                .UseNpgsql(ConnectionString(services), npgsql => npgsql.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery))
                .EnableThreadSafetyChecks(false));
        }
        else
        {
            builder.Services.AddDbContextPool<ItaBotDbContext>((services, db) => db
                .UseSqlite(ConnectionString(services), sqlite => sqlite.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery))
                .AddInterceptors(ConnectionSettings)
                .EnableThreadSafetyChecks(false));
        }

        builder.Services.AddScoped<PlanImporter>();
        builder.Services.AddScoped<MeasureCatalog>();
        builder.Services.AddScoped<ProgressRecorder>();
        builder.Services.AddScoped<PeopleDirectory>();
        builder.Services.AddScoped<KnownUnits>();
        builder.Services.AddScoped<ProgressReports>();
        builder.Services.AddScoped<ComplaintReports>();
        builder.Services.AddScoped<SurveyReports>();
        builder.Services.AddOptions<ComplaintOptions>().BindConfiguration(ComplaintOptions.Section);
        builder.Services.AddSingleton(services => services.GetRequiredService<IOptions<ComplaintOptions>>().Value);
        builder.Services.AddScoped<FilerKeys>();
        builder.Services.AddOptions<ApprovalOptions>().BindConfiguration(ApprovalOptions.Section);
        builder.Services.AddSingleton(services => services.GetRequiredService<IOptions<ApprovalOptions>>().Value);
        builder.Services.AddScoped<ApprovalDesk>();
        builder.Services.AddScoped<ComplaintDesk>();
        builder.Services.AddScoped<YearlyNumbers>();
        builder.Services.AddScoped<FeedbackBox>();
        builder.Services.AddScoped<PersonalData>();
        builder.Services.AddScoped<ComplaintStatistics>();
        builder.Services.AddScoped<DatabaseInitializer>();
        return builder;
    }
}
