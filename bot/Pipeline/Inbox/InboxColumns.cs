using ItaBot.Core.Messaging;
using ItaBot.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace ItaBot.Bot.Pipeline.Inbox;

/// <summary>
/// The inbox table as the EF model maps it: its name, and the columns a newly accepted event is stored with, in a fixed
/// order, with how to read each one's stored value off an event. The inbox's plain SQL is built from this, so it stays
/// right for whichever provider the model is for and follows any change to the model.
/// </summary>
internal sealed class InboxColumns
{
    private static readonly string[] Inserted =
    [
        nameof(InboxEvent.EventId), nameof(InboxEvent.Type), nameof(InboxEvent.ChatId), nameof(InboxEvent.Timestamp),
        nameof(InboxEvent.IsRedelivery), nameof(InboxEvent.Payload), nameof(InboxEvent.ReceivedAt), nameof(InboxEvent.Status),
        nameof(InboxEvent.Attempts),
    ];

    // How to read each column's stored value off an event, worked out once from the model.
    private readonly List<Func<InboxEvent, object>> values;

    private InboxColumns(ItaBotDbContext db)
    {
        var entity = db.Model.FindEntityType(typeof(InboxEvent))!;
        var sql = db.GetService<ISqlGenerationHelper>();
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        string Column(string property) => sql.DelimitIdentifier(entity.FindProperty(property)!.GetColumnName(table)!);

        var inserted = Inserted.Select(name => entity.FindProperty(name)!).ToList();
        Table = sql.DelimitIdentifier(entity.GetTableName()!, entity.GetSchema());
        EventId = Column(nameof(InboxEvent.EventId));
        Names = Inserted.Select(Column).ToList();
        values = inserted.Select(StoredValue).ToList();
    }

    public string Table { get; }

    public string EventId { get; }

    /// <summary>The inserted columns, delimited, in the order of <see cref="RowOf"/>.</summary>
    public IReadOnlyList<string> Names { get; }

    public static InboxColumns Of(ItaBotDbContext db) => new(db);

    /// <summary>The values an event is stored with, as the database takes them.</summary>
    public object[] RowOf(InboxEvent e) => values.Select(read => read(e)).ToArray();

    private static Func<InboxEvent, object> StoredValue(IProperty column)
    {
        // EF's compiled getter: reading through reflection cost more than binding the value.
        var getter = column.GetGetter();
        var converter = column.GetTypeMapping().Converter;
        return e =>
        {
            var value = getter.GetClrValueUsingContainingEntity(e);
            return converter?.ConvertToProvider(value) ?? value ?? DBNull.Value;
        };
    }
}
