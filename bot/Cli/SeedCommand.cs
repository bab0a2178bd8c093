using ItaBot.Bot.Hosting;
using ItaBot.Core.Calendar;
using ItaBot.Core.Plans;

namespace ItaBot.Bot.Cli;

/// <summary>
/// <c>seed [--plan FILE]</c>: imports a plan file, or the demo plan as this fiscal year's. A plan already there is
/// updated, not doubled.
/// </summary>
internal static class SeedCommand
{
    public static async Task<int> RunAsync(CommandOptions options, Terminal terminal)
    {
        var file = options["--plan"];
        using var host = ConsoleHost.Build(terminal);
        PlanDocument document;
        try
        {
            // Read and validate before touching the database: a bad file changes nothing.
            document = file is null
                ? DemoPlan.ForYear(host.Services.GetRequiredService<FiscalCalendar>().CurrentYear.BuddhistYear, host.Services.GetRequiredService<TimeProvider>().GetUtcNow())
                : await PlanDocumentReader.ReadFileAsync(file, CancellationToken.None);
        }
        catch (PlanFormatException e)
        {
            await terminal.Error.WriteLineAsync($"นำเข้าไม่สำเร็จ ไม่มีการเปลี่ยนแปลงข้อมูล / import failed, nothing changed: {file}");
            foreach (var error in e.Errors)
            {
                await terminal.Error.WriteLineAsync($"  {error}");
            }

            return 1;
        }

        await host.Services.MigrateDatabaseAsync(CancellationToken.None);
        await using var scope = host.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<PlanImporter>().ImportAsync(document, CancellationToken.None);
        terminal.Out.WriteLine(Describe(document, result));
        return 0;
    }

    private static string Describe(PlanDocument document, PlanImportResult result)
    {
        var plan = $"{document.Organization} ปีงบประมาณ {document.FiscalYear}";
        if (!result.Changed)
        {
            return $"{plan}: นำเข้าไว้แล้ว ไม่มีการเปลี่ยนแปลง / already imported, nothing changed";
        }

        return result.Created
            ? $"{plan}: นำเข้าแผนใหม่ {result.MeasuresAdded} มาตรการ / imported a new plan of {result.MeasuresAdded} measures"
            : $"{plan}: ปรับปรุงแผน — เพิ่ม {result.MeasuresAdded} แก้ไข {result.MeasuresUpdated} ลบ {result.MeasuresRemoved} มาตรการ, " +
              $"บันทึกความคืบหน้าใหม่ {result.UpdatesAdded} รายการ / updated the plan";
    }
}
