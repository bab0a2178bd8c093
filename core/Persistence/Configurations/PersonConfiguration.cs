using ItaBot.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ItaBot.Core.Persistence.Configurations;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.Role).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.LineUserId).HasMaxLength(100);
        builder.Property(p => p.Position).HasMaxLength(200);
        // One active person per LINE account; revoked people keep their history but no account.
        builder.HasIndex(p => p.LineUserId).IsUnique().HasFilter("\"LineUserId\" IS NOT NULL");
    }
}
