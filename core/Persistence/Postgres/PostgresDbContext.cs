using Microsoft.EntityFrameworkCore;

namespace ItaBot.Core.Persistence.Postgres;

/// <summary>
/// The domain database on PostgreSQL. EF keeps one migration set per context type, and the two providers need their
/// own (column types, identity columns); this type owns PostgreSQL's, under <c>Persistence/Postgres/Migrations</c>.
/// Everything else is <see cref="ItaBotDbContext"/>'s, and the application asks for that type.
/// </summary>
public sealed class PostgresDbContext(DbContextOptions<PostgresDbContext> options) : ItaBotDbContext(options);
