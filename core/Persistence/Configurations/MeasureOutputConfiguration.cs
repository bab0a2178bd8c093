using ItaBot.Core.Measures;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ItaBot.Core.Persistence.Configurations;

internal sealed class MeasureOutputConfiguration : IEntityTypeConfiguration<MeasureOutput>
{
    public void Configure(EntityTypeBuilder<MeasureOutput> builder)
    {
        builder.Property(o => o.Label).HasMaxLength(100);
        builder.Property(o => o.Unit).HasMaxLength(50);
        builder.Property(o => o.Cadence).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(o => new { o.MeasureId, o.Position }).IsUnique();
    }
}
