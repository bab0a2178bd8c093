using ItaBot.Core.Approvals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ItaBot.Core.Persistence.Configurations;

internal sealed class ReportSubmissionConfiguration : IEntityTypeConfiguration<ReportSubmission>
{
    public void Configure(EntityTypeBuilder<ReportSubmission> builder)
    {
        builder.Property(s => s.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.SentByName).HasMaxLength(200);
        builder.Property(s => s.SentByPosition).HasMaxLength(200);
        builder.Property(s => s.Version).IsConcurrencyToken();

        // One submission per report of a round; sending it again after it was sent back is a new round of the same.
        builder.HasIndex(s => new { s.FiscalYear, s.Months }).IsUnique();
        builder.Ignore(s => s.CurrentSteps);
        builder.Ignore(s => s.Waiting);
        builder.HasMany(s => s.Steps).WithOne().HasForeignKey(s => s.ReportSubmissionId).OnDelete(DeleteBehavior.Cascade);
    }
}
