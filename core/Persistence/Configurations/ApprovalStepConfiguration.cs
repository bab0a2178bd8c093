using ItaBot.Core.Approvals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ItaBot.Core.Persistence.Configurations;

internal sealed class ApprovalStepConfiguration : IEntityTypeConfiguration<ApprovalStep>
{
    public void Configure(EntityTypeBuilder<ApprovalStep> builder)
    {
        builder.Property(s => s.Decision).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Position).HasMaxLength(200);
        builder.Property(s => s.PersonName).HasMaxLength(200);
        builder.Property(s => s.Comment).HasMaxLength(2000);
    }
}
