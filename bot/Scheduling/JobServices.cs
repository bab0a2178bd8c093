using Hangfire;
using ItaBot.Core.Scheduling;
using ItaBot.Jobs;

namespace ItaBot.Bot.Scheduling;

internal static class JobServices
{
    /// <summary>The jobs themselves and what they need: enough to run one from the command line.</summary>
    public static IHostApplicationBuilder AddJobs(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<JobOptions>().BindConfiguration(JobOptions.Section).ValidateDataAnnotations().ValidateOnStart();
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
    /// Hangfire in the server process, on in-memory storage: the schedule is registered anew at every start and the
    /// ledger, not Hangfire, remembers what was sent. <c>Jobs:Enabled</c> = false runs the server without it.
    /// The dashboard is at <c>/hangfire</c>, for requests from the machine itself unless <c>Jobs:DashboardForEveryone</c>.
    /// </summary>
    public static IHostApplicationBuilder AddScheduler(this IHostApplicationBuilder builder)
    {
        builder.AddJobs();
        if (builder.Configuration.GetSection(JobOptions.Section).Get<JobOptions>() is { Enabled: false })
        {
            return builder;
        }

        builder.Services.AddHangfire(hangfire => hangfire
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseInMemoryStorage());
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

        var everyone = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<JobOptions>>().Value.DashboardForEveryone;
        app.MapHangfireDashboard("/hangfire", new DashboardOptions
        {
            Authorization = everyone ? [new OpenDashboard()] : [new Hangfire.Dashboard.LocalRequestsOnlyAuthorizationFilter()],
            DisplayStorageConnectionString = false,
        });
    }

    private sealed class OpenDashboard : Hangfire.Dashboard.IDashboardAuthorizationFilter
    {
        public bool Authorize(Hangfire.Dashboard.DashboardContext context) => true;
    }
}
