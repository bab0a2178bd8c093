using ItaBot.Core.Measures;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ItaBot.Core.Persistence.Configurations;

internal sealed class ProgressUpdateConfiguration : IEntityTypeConfiguration<ProgressUpdate>
{
    public void Configure(EntityTypeBuilder<ProgressUpdate> builder)
    {
        builder.Property(u => u.RecordedBy).HasMaxLength(200);
        builder.Property(u => u.EvidenceReference).HasMaxLength(500);
        builder.HasIndex(u => new { u.MeasureId, u.RecordedAt });
        builder.Property(u => u.SetStatus).HasConversion<string>().HasMaxLength(20);

    }
}
