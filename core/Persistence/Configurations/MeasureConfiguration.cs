using ItaBot.Core.Measures;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ItaBot.Core.Persistence.Configurations;

internal sealed class MeasureConfiguration : IEntityTypeConfiguration<Measure>
{
    public void Configure(EntityTypeBuilder<Measure> builder)
    {
        builder.Property(m => m.Title).HasMaxLength(500);
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(m => new { m.PlanId, m.Number }).IsUnique();
        builder.Property(m => m.Version).IsConcurrencyToken();
        builder.HasMany(m => m.Outputs).WithOne().HasForeignKey(o => o.MeasureId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(m => m.Updates).WithOne().HasForeignKey(u => u.MeasureId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(m => m.Outputs).AutoInclude();
        builder.Ignore(m => m.LatestUpdate);
    }
}
