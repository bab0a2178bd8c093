using ItaBot.Core.Feedback;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ItaBot.Core.Persistence.Configurations;

internal sealed class SuggestionConfiguration : IEntityTypeConfiguration<Suggestion>
{
    public void Configure(EntityTypeBuilder<Suggestion> builder)
    {
        builder.Property(s => s.Number).HasMaxLength(20);
        builder.HasIndex(s => s.Number).IsUnique();
        builder.Property(s => s.UserId).HasMaxLength(100);
    }
}
