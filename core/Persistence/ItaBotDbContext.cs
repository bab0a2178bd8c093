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

public sealed class ItaBotDbContext(DbContextOptions<ItaBotDbContext> options) : DbContext(options)
{
    public const string SqliteProvider = "Microsoft.EntityFrameworkCore.Sqlite";

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

    public DbSet<InboxEvent> InboxEvents => Set<InboxEvent>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite has no date-time-with-offset type and cannot order by the text EF would store; a binary number keeps
        // instants sortable there. Other providers keep their native type. The name is compared so core needs no
        // reference to the SQLite provider.
        if (Database.ProviderName == SqliteProvider)
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ItaBotDbContext).Assembly);
}
