using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ItaBot.Bot.Tests.Support;

/// <summary>The web host in memory, on a SQLite file of its own.</summary>
public sealed class BotFactory : WebApplicationFactory<Program>
{
    private readonly TempDatabaseFile database = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.UseSetting("ConnectionStrings:ItaBot", database.ConnectionString);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            database.Dispose();
        }
    }
}
