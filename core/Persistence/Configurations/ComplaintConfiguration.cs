using ItaBot.Core.Complaints;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ItaBot.Core.Persistence.Configurations;

internal sealed class ComplaintConfiguration : IEntityTypeConfiguration<Complaint>
{
    public void Configure(EntityTypeBuilder<Complaint> builder)
    {
        builder.Property(c => c.Number).HasMaxLength(20);
        builder.HasIndex(c => c.Number).IsUnique();
        builder.HasIndex(c => new { c.Year, c.Sequence }).IsUnique();
        builder.Property(c => c.Kind).HasMaxLength(100);
        builder.Property(c => c.Unit).HasMaxLength(100);
        builder.Property(c => c.Category).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Place).HasMaxLength(500);
        builder.Property(c => c.Phone).HasMaxLength(20);
        builder.Property(c => c.FilerUserId).HasMaxLength(100);
        builder.Property(c => c.FilerKey).HasMaxLength(64);
        builder.HasIndex(c => c.FilerKey);
        builder.HasIndex(c => new { c.Status, c.DueOn });
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Property(c => c.RatingComment).HasMaxLength(1000);
        builder.HasMany(c => c.History).WithOne().HasForeignKey(e => e.ComplaintId).OnDelete(DeleteBehavior.Cascade);
    }
}
