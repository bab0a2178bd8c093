using Hangfire;
using Hangfire.PostgreSql;
using ItaBot.Bot.Hosting;
using ItaBot.Core.Scheduling;
using ItaBot.Jobs;

namespace ItaBot.Bot.Scheduling;

internal static class JobServices
{
    /// <summary>The jobs themselves and what they need: enough to run one from the command line.</summary>
    public static IHostApplicationBuilder AddJobs(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<JobOptions>().BindConfiguration(JobOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton(services => services.GetRequiredService<Microsoft.Extensions.Options.IOptions<JobOptions>>().Value);
        builder.Services.AddScoped<Ledger>();
        builder.Services.AddScoped<IScheduledJob, QuarterlyAssetCheckJob>();
        builder.Services.AddScoped<IScheduledJob, MonthlyReportingJob>();
        builder.Services.AddScoped<IScheduledJob, MonthlySummaryJob>();
        builder.Services.AddScoped<IScheduledJob, ComplaintDeadlineJob>();
        builder.Services.AddScoped<IScheduledJob, RetentionJob>();
        builder.Services.AddSingleton<JobRunner>();
        return builder;
    }

    /// <summary>
    /// Hangfire in the server process: on in-memory storage with SQLite, on the database itself (schema <c>hangfire</c>)
    /// with PostgreSQL, where several bot processes share one schedule and one job runs in one process at a time. The
    /// schedule is registered anew at every start and the ledger, not Hangfire, remembers what was sent.
    /// <c>Jobs:Enabled</c> = false runs the server without it.
    /// The dashboard at <c>/hangfire</c> is served only as <c>Jobs:Dashboard</c> says (<see cref="DashboardGate"/>).
    /// </summary>
    public static IHostApplicationBuilder AddScheduler(this IHostApplicationBuilder builder)
    {
        builder.AddJobs();
        if (builder.Configuration.GetSection(JobOptions.Section).Get<JobOptions>() is { Enabled: false })
        {
            return builder;
        }

        var postgres = DatabaseOptions.From(builder.Configuration).IsPostgres;
        builder.Services.AddHangfire((services, hangfire) =>
        {
            hangfire.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
            if (postgres)
            {
                // Long polling: a job enqueued is taken at once (LISTEN/NOTIFY), not at the next 15-second poll.
                hangfire.UsePostgreSqlStorage(
                    storage => storage.UseNpgsqlConnection(CoreServices.ConnectionString(services)),
                    new PostgreSqlStorageOptions { EnableLongPolling = true, UseSlidingInvisibilityTimeout = true });
            }
            else
            {
                hangfire.UseInMemoryStorage();
            }
        });
        builder.Services.AddHangfireServer(server => server.WorkerCount = 2);
        builder.Services.AddHostedService<JobSchedule>();
        return builder;
    }
}

internal static class JobEndpoints
{
    public static void MapJobs(this WebApplication app)
    {
        if (app.Services.GetService<IRecurringJobManager>() is null)
        {
            return;
        }

        var dashboard = app.Configuration.GetSection(JobOptions.Section).Get<JobDashboardOptions>() ?? new JobDashboardOptions();
        if (dashboard.Dashboard == DashboardAccess.Off)
        {
            return;
        }

        if (dashboard.Dashboard == DashboardAccess.Password && (dashboard.DashboardUser.Length == 0 || dashboard.DashboardPassword.Length == 0))
        {
            throw new InvalidOperationException("Jobs:Dashboard is Password: set Jobs:DashboardUser and Jobs:DashboardPassword too.");
        }

        app.MapHangfireDashboard("/hangfire", new DashboardOptions
        {
            Authorization = [new DashboardGate(dashboard)],
            DisplayStorageConnectionString = false,
        });
    }
}
