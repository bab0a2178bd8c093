using ItaBot.Core.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ItaBot.Core.Persistence.Configurations;

internal sealed class InboxEventConfiguration : IEntityTypeConfiguration<InboxEvent>
{
    public void Configure(EntityTypeBuilder<InboxEvent> builder)
    {
        builder.Property(e => e.EventId).HasMaxLength(100);
        builder.HasIndex(e => e.EventId).IsUnique();
        builder.Property(e => e.Type).HasMaxLength(50);
        builder.Property(e => e.ChatId).HasMaxLength(100);
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
        // In arrival order (Id) after the status, not in chat order: each commit of new events then adds to the end of
        // the index instead of to one page per chat, which took SQLite from about 19 pages written per commit of ten
        // events to about 8. The chat and time come along, so a chat's pending events are found without reading rows.
        builder.HasIndex(e => new { e.Status, e.Id, e.ChatId, e.Timestamp });
    }
}
