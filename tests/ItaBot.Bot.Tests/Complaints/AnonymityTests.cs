using ItaBot.Bot.Tests.Support;
using Microsoft.Data.Sqlite;

namespace ItaBot.Bot.Tests.Complaints;

/// <summary>
/// An anonymous report is anonymous at rest too: whoever holds the database file or its log finds nothing that ties
/// the reporter's LINE account to the report's number or to what was reported.
/// </summary>
public class AnonymityTests : ComplaintBotTest
{
    private const string Reported = "เจ้าหน้าที่เรียกเงิน";

    [Fact]
    public async Task After_filing_and_tracking_an_anonymous_report_no_row_and_no_log_line_names_the_reporter_beside_it()
    {
        await FileCorruptionAsync();
        Assert.Contains("C68-00001", (await SayAsync(Citizen, "ติดตามเรื่อง C68-00001")).Said, StringComparison.Ordinal);
        Assert.Contains("C68-00001", (await SayAsync(Citizen, "เรื่องของฉัน")).Said, StringComparison.Ordinal);
        await IdleAsync();

        var rows = await EveryRowAsync();
        Assert.Contains(rows, row => row.Contains("C68-00001", StringComparison.Ordinal));
        Assert.Contains(rows, row => row.Contains(Citizen, StringComparison.Ordinal));
        Assert.DoesNotContain(rows, row => row.Contains(Citizen, StringComparison.Ordinal) && TellsTheReport(row));
        Assert.DoesNotContain(Bot.Logs, line => line.Contains(Citizen, StringComparison.Ordinal) && TellsTheReport(line));
    }

    private static bool TellsTheReport(string text) =>
        text.Contains("C68-00001", StringComparison.Ordinal) || text.Contains("C68-1", StringComparison.Ordinal)
        || text.Contains(Reported, StringComparison.Ordinal);

    /// <summary>Every row of every table of the database file, as one line of text each.</summary>
    private async Task<List<string>> EveryRowAsync()
    {
        await using var connection = new SqliteConnection(Bot.Database.ConnectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var rows = new List<string>();
        foreach (var table in tables)
        {
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var values = new object[reader.FieldCount];
                reader.GetValues(values);
                rows.Add(table + ": " + string.Join(" | ", values.Select(v => v is byte[] ? "(bytes)" : Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture))));
            }
        }

        return rows;
    }
}
