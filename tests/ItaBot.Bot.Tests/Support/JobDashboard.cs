using System.Text.RegularExpressions;

namespace ItaBot.Bot.Tests.Support;

/// <summary>Hangfire's dashboard as an operator reads it (the server needs <c>Jobs:Dashboard</c> = <c>Local</c>).</summary>
public static partial class JobDashboard
{
    /// <summary>The runs the dashboard lists in one state (<c>succeeded</c>, <c>failed</c>, <c>scheduled</c> …).</summary>
    public static async Task<List<string>> RunsAsync(HttpClient http, string state)
    {
        var page = await http.GetStringAsync(new Uri($"/hangfire/jobs/{state}?from=0&count=1000", UriKind.Relative));
        return [.. JobLink().Matches(page).Select(m => m.Groups["id"].Value).Distinct().Order(StringComparer.Ordinal)];
    }

    [GeneratedRegex(@"jobs/details/(?<id>\d+)")]
    private static partial Regex JobLink();
}
