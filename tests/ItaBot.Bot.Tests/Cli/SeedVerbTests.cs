using System.Diagnostics;
using ItaBot.Bot.Tests.Support;

namespace ItaBot.Bot.Tests.Cli;

/// <summary>The <c>seed</c> verb as a real process.</summary>
public class SeedVerbTests
{
    private const string Plan = """
        {
          "organization": "อบต.ทุ่งอรุณ",
          "fiscalYear": 2569,
          "measures": [
            { "number": 1, "title": "มาตรการเผยแพร่ข้อมูลต่อสาธารณะ", "area": 3, "responsibleUnits": ["สำนักปลัด"],
              "outputs": [ { "label": "ปรับปรุงเว็บไซต์", "target": 12, "unit": "ครั้ง", "cadence": "monthly" } ] }
          ]
        }
        """;

    [Fact]
    public async Task A_plan_file_is_imported_once_and_answered_in_the_chat()
    {
        using var database = new TempDatabaseFile();
        var file = await database.WriteFileAsync("plan.json", Plan);

        var first = await BotVerb.RunAsync(database, "", "seed", "--plan", file);
        var second = await BotVerb.RunAsync(database, "", "seed", "--plan", file);
        var chat = await BotVerb.RunAsync(database, "มาตรการทั้งหมด\n", "chat", "--as", "manager");

        Assert.Equal((0, 0), (first.ExitCode, second.ExitCode));
        Assert.Contains("นำเข้าแผนใหม่ 1 มาตรการ", first.Output, StringComparison.Ordinal);
        Assert.Contains("ไม่มีการเปลี่ยนแปลง", second.Output, StringComparison.Ordinal);
        // The seeded plan is the only one: the demo plan is loaded only into a database with no plan at all.
        Assert.Contains("┌ มาตรการทั้งหมด 1 มาตรการ", chat.Output, StringComparison.Ordinal);
        Assert.Contains("อบต.ทุ่งอรุณ · ปีงบประมาณ 2569", chat.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_plan_is_refused_with_the_field_and_changes_nothing()
    {
        using var database = new TempDatabaseFile();
        var good = await database.WriteFileAsync("good.json", Plan);
        var bad = await database.WriteFileAsync("bad.json", Plan.Replace("\"area\": 3", "\"area\": 8", StringComparison.Ordinal).Replace("มาตรการเผยแพร่", "มาตรการใหม่", StringComparison.Ordinal));
        await BotVerb.RunAsync(database, "", "seed", "--plan", good);

        var result = await BotVerb.RunAsync(database, "", "seed", "--plan", bad);
        var chat = await BotVerb.RunAsync(database, "มาตรการ 1\n", "chat", "--as", "staff");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("$.measures[0].area", result.Error, StringComparison.Ordinal);
        Assert.Contains("nothing changed", result.Error, StringComparison.Ordinal);
        Assert.Contains("มาตรการเผยแพร่ข้อมูลต่อสาธารณะ", chat.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Broken_json_is_reported_by_line_and_a_missing_file_by_name()
    {
        using var database = new TempDatabaseFile();
        var broken = await database.WriteFileAsync("broken.json", "{\n  \"organization\": \"x\",\n  \"fiscalYear\": 25 69\n}");

        var result = await BotVerb.RunAsync(database, "", "seed", "--plan", broken);
        var missing = await BotVerb.RunAsync(database, "", "seed", "--plan", "/nonexistent/plan.json");

        Assert.Equal((1, 1), (result.ExitCode, missing.ExitCode));
        Assert.Contains("(บรรทัด 3, ตำแหน่ง 20)", result.Error, StringComparison.Ordinal);
        Assert.Contains("/nonexistent/plan.json: ไม่พบไฟล์", missing.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(database.Path));
    }

    [Fact]
    public async Task Dotnet_run_reads_relative_paths_and_keeps_its_database_in_the_folder_it_was_typed_in()
    {
        using var database = new TempDatabaseFile();
        var folder = Path.GetDirectoryName(await database.WriteFileAsync("plan.json", Plan))!;
        var project = Path.Combine(Repository(), "bot");
        var start = new ProcessStartInfo("dotnet", ["run", "--no-build", "--project", project, "--", "seed", "--plan", "plan.json"])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment.Remove("ConnectionStrings__ItaBot");

        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Contains("นำเข้าแผนใหม่ 1 มาตรการ", output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(folder, "itabot.db")), output + await process.StandardError.ReadToEndAsync());
    }

    /// <summary>The clone the tests were built from: the folder above the test binaries that holds the bot's project.</summary>
    private static string Repository()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "bot", "ItaBot.Bot.csproj")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("the bot's project is not above " + AppContext.BaseDirectory);
    }
}
