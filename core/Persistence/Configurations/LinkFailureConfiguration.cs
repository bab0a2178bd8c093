using ItaBot.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ItaBot.Core.Persistence.Configurations;

internal sealed class LinkFailureConfiguration : IEntityTypeConfiguration<LinkFailure>
{
    public void Configure(EntityTypeBuilder<LinkFailure> builder)
    {
        builder.Property(f => f.LineUserId).HasMaxLength(100);
        builder.HasIndex(f => new { f.LineUserId, f.At });
    }
}
