using ItaBot.Core.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ItaBot.Core.Persistence.Configurations;

internal sealed class LedgerEntryConfiguration : IEntityTypeConfiguration<LedgerEntry>
{
    public void Configure(EntityTypeBuilder<LedgerEntry> builder)
    {
        builder.ToTable("Ledger");
        builder.Property(e => e.Job).HasMaxLength(50);
        builder.Property(e => e.Period).HasMaxLength(50);
        builder.Property(e => e.Recipient).HasMaxLength(100);
        builder.HasIndex(e => new { e.Job, e.Period, e.Recipient }).IsUnique();
    }
}
