using ItaBot.Core.Measures;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ItaBot.Core.Persistence.Configurations;

internal sealed class PlanConfiguration : IEntityTypeConfiguration<Plan>
{
    public void Configure(EntityTypeBuilder<Plan> builder)
    {
        builder.Property(p => p.OrganizationName).HasMaxLength(200);
        builder.Property(p => p.Title).HasMaxLength(500);
        // One plan per organisation and fiscal year: importing it again updates it instead of adding a copy.
        builder.HasIndex(p => new { p.OrganizationName, p.FiscalYear }).IsUnique();
        builder.HasMany(p => p.Measures).WithOne(m => m.Plan).HasForeignKey(m => m.PlanId).OnDelete(DeleteBehavior.Cascade);
    }
}
