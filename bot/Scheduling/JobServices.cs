using Hangfire;
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
        builder.Services.AddScoped<IScheduledJob, ApprovalReminderJob>();
        builder.Services.AddScoped<IScheduledJob, ReportDraftJob>();
        builder.Services.AddSingleton<JobRunner>();
        return builder;
    }

    /// <summary>
    /// Hangfire in the server process, on <see cref="JobStore"/>'s storage: the schedule, the queue, retries waiting and
    /// the history of runs outlive a restart. On PostgreSQL several bot processes share one schedule and one job runs in
    /// one process at a time. The ledger, not Hangfire, remembers what was sent. <c>Jobs:Enabled</c> = false runs the
    /// server without it. The dashboard at <c>/hangfire</c> is served only as <c>Jobs:Dashboard</c> says
    /// (<see cref="DashboardGate"/>).
    /// </summary>
    public static IHostApplicationBuilder AddScheduler(this IHostApplicationBuilder builder)
    {
        builder.AddJobs();
        var options = builder.Configuration.GetSection(JobOptions.Section).Get<JobOptions>() ?? new JobOptions();
        if (!options.Enabled)
        {
            return builder;
        }

        builder.Services.AddHangfire((services, hangfire) => hangfire
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseStorage(JobStore.Open(services))
            // A little over a month: the monthly summary's last run stays on the dashboard and in `jobs list` until the next.
            .WithJobExpirationTimeout(TimeSpan.FromDays(35))
            .UseFilter(new JobRetryFilter(
                JobCatalog.Read(services.GetRequiredService<IServiceScopeFactory>(), services.GetRequiredService<JobOptions>()),
                services.GetRequiredService<ILogger<JobRetryFilter>>())));
        builder.Services.AddHangfireServer(server =>
        {
            server.WorkerCount = 2;
            server.SchedulePollingInterval = options.PollInterval;
        });
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
