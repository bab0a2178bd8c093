using ItaBot.Core.Conversations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ItaBot.Core.Persistence.Configurations;

internal sealed class DialogStateConfiguration : IEntityTypeConfiguration<DialogState>
{
    public void Configure(EntityTypeBuilder<DialogState> builder)
    {
        builder.HasKey(d => d.ChatId);
        builder.Property(d => d.ChatId).HasMaxLength(100);
        builder.Property(d => d.Version).IsConcurrencyToken();
    }
}
