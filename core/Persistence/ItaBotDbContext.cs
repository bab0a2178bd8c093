using ItaBot.Core.Approvals;
using ItaBot.Core.Complaints;
using ItaBot.Core.Conversations;
using ItaBot.Core.Feedback;
using ItaBot.Core.Files;
using ItaBot.Core.Measures;
using ItaBot.Core.Messaging;
using ItaBot.Core.Numbering;
using ItaBot.Core.People;
using ItaBot.Core.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ItaBot.Core.Persistence;

/// <summary>
/// The domain database. On SQLite it is this type; on PostgreSQL <see cref="PostgresDbContext"/>, which differs only in
/// the migration set it owns.
/// </summary>
public class ItaBotDbContext : DbContext
{
    public const string SqliteProvider = "Microsoft.EntityFrameworkCore.Sqlite";

    public ItaBotDbContext(DbContextOptions<ItaBotDbContext> options)
        : base(options)
    {
    }

    protected ItaBotDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<Plan> Plans => Set<Plan>();

    public DbSet<Measure> Measures => Set<Measure>();

    public DbSet<MeasureOutput> MeasureOutputs => Set<MeasureOutput>();

    public DbSet<ProgressUpdate> ProgressUpdates => Set<ProgressUpdate>();

    public DbSet<Person> People => Set<Person>();

    public DbSet<LinkCode> LinkCodes => Set<LinkCode>();

    public DbSet<LinkFailure> LinkFailures => Set<LinkFailure>();

    public DbSet<DialogState> DialogStates => Set<DialogState>();

    public DbSet<StoredFile> StoredFiles => Set<StoredFile>();

    public DbSet<Complaint> Complaints => Set<Complaint>();

    public DbSet<ComplaintEntry> ComplaintEntries => Set<ComplaintEntry>();

    public DbSet<NumberCounter> NumberCounters => Set<NumberCounter>();

    public DbSet<Suggestion> Suggestions => Set<Suggestion>();

    public DbSet<SurveyResponse> SurveyResponses => Set<SurveyResponse>();

    public DbSet<SurveyAnswer> SurveyAnswers => Set<SurveyAnswer>();

    public DbSet<AppSecret> AppSecrets => Set<AppSecret>();

    public DbSet<LedgerEntry> LedgerEntries => Set<LedgerEntry>();

    public DbSet<ReportSubmission> ReportSubmissions => Set<ReportSubmission>();

    public DbSet<ApprovalStep> ApprovalSteps => Set<ApprovalStep>();

    public DbSet<InboxEvent> InboxEvents => Set<InboxEvent>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite has no date-time-with-offset type and cannot order by the text EF would store; a binary number keeps
        // instants sortable there. The name is compared so core needs no reference to the SQLite provider.
        // PostgreSQL's timestamptz keeps instants in UTC and refuses any other offset, so they are written in UTC; an
        // instant is the same whatever offset it is shown in, and dates are always shown in the organisation's zone.
        if (Database.ProviderName == SqliteProvider)
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
        else
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcInstantConverter>();
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ItaBotDbContext).Assembly);

    private sealed class UtcInstantConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(v => v.ToUniversalTime(), v => v);
}
