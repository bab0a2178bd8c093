using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ItaBot.Core.Persistence.Postgres;

/// <summary>
/// For <c>dotnet ef migrations add … --context PostgresDbContext</c>: the tools need a context on the PostgreSQL
/// provider, not a server, so the connection string names none that is ever opened.
/// </summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresDbContext>
{
    public PostgresDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresDbContext>().UseNpgsql("Host=localhost;Database=itabot").Options);
}
