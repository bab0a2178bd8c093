using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using ItaBot.Bot.Tests.Support;

namespace ItaBot.Bot.Tests.Web;

public partial class ServeVerbTests
{
    [Fact]
    public async Task The_server_migrates_seeds_says_where_it_listens_and_answers_health()
    {
        using var database = new TempDatabaseFile();
        using var process = Process.Start(BotProcess.StartInfo(database.ConnectionString, "--urls", "http://127.0.0.1:0"))!;
        try
        {
            var address = await ListeningAddressAsync(process);
            using var http = new HttpClient { BaseAddress = new Uri(address) };

            var response = await http.GetAsync(new Uri("/healthz", UriKind.Relative));

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("""{"status":"ok"}""", await response.Content.ReadAsStringAsync());
            Assert.True(File.Exists(database.Path));
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private static async Task<string> ListeningAddressAsync(Process process)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            var match = Listening().Match(line);
            if (match.Success)
            {
                return match.Groups["address"].Value;
            }
        }

        throw new InvalidOperationException("The server ended without saying where it listens: " + await process.StandardError.ReadToEndAsync());
    }

    [GeneratedRegex(@"listening on (?<address>http://127\.0\.0\.1:\d+)")]
    private static partial Regex Listening();
}
