using System.Net;
using System.Net.Http.Json;
using ItaBot.Bot.Tests.Support;
using ItaBot.Bot.Web;
using ItaBot.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ItaBot.Bot.Tests.Web;

public sealed class HealthTests : IDisposable
{
    private readonly BotFactory factory = new();

    [Fact]
    public async Task Health_is_ok_when_the_database_answers()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", (await response.Content.ReadFromJsonAsync<Health>())!.Status);
    }

    [Fact]
    public async Task Health_is_503_when_the_database_has_lost_its_tables()
    {
        using var client = factory.CreateClient();
        using (var scope = factory.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<ItaBotDbContext>().Database.ExecuteSqlRawAsync("DROP TABLE ProgressUpdates; DROP TABLE MeasureOutputs; DROP TABLE Measures; DROP TABLE Plans;");
        }

        var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }

    public void Dispose() => factory.Dispose();
}
