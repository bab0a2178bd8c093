using ItaBot.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ItaBot.Bot.Hosting;

/// <summary>
/// For <c>dotnet ef migrations add … --context ItaBotDbContext</c>. Without it the tools build the context with
/// <see cref="Core.Persistence.Postgres.PostgresDesignTimeFactory"/>, whose context is an <see cref="ItaBotDbContext"/> too, and write a
/// PostgreSQL migration into the SQLite set. No file is opened.
/// </summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<ItaBotDbContext>
{
    public ItaBotDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<ItaBotDbContext>().UseSqlite("Data Source=itabot.db").Options);
}
