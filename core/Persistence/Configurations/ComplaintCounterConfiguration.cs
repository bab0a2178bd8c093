using ItaBot.Core.Complaints;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ItaBot.Core.Persistence.Configurations;

internal sealed class ComplaintCounterConfiguration : IEntityTypeConfiguration<ComplaintCounter>
{
    public void Configure(EntityTypeBuilder<ComplaintCounter> builder)
    {
        builder.HasKey(c => c.Year);
        builder.Property(c => c.Year).ValueGeneratedNever();
        builder.Property(c => c.Version).IsConcurrencyToken();
    }
}
