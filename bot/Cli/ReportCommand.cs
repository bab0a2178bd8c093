using ItaBot.Bot.Documents;
using ItaBot.Bot.Hosting;
using ItaBot.Core.Calendar;
using ItaBot.Core.Reports;
using ItaBot.Core.Text;
using Microsoft.Extensions.Options;

namespace ItaBot.Bot.Cli;

/// <summary>
/// <c>report progress|memo|complaints|survey … --out FILE</c>: one of the ITA documents drawn from the database, as
/// .docx or as the PDF that gets published.
/// </summary>
internal static class ReportCommand
{
    private const string Usage = """
        ใช้ / usage: report progress|memo [--fiscal-year 2568] [--months 6|12] [--by NAME --position POSITION]
                     report complaints|survey [--fiscal-year 2568 [--months N | --quarter Q] | --from DATE --to DATE]
                     … [--digits thai|arabic] [--format docx|pdf] --out FILE
        """;

    public static async Task<int> RunAsync(string[] args, Terminal terminal)
    {
        if (args is not [var kind, .. var rest] || kind is not ("progress" or "memo" or "complaints" or "survey"))
        {
            throw new UsageException(Usage);
        }

        var options = CommandOptions.Parse(rest, "--fiscal-year", "--months", "--quarter", "--from", "--to", "--digits", "--format", "--out", "--by", "--position");
        var output = options["--out"] ?? throw new UsageException("--out FILE: ไฟล์ที่จะเขียน / the file to write\n" + Usage);
        var format = options["--format"] ?? (output.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) ? "pdf" : "docx");
        if (format is not ("docx" or "pdf"))
        {
            throw new UsageException($"--format ต้องเป็น docx หรือ pdf / --format must be docx or pdf (got '{format}')");
        }

        var style = new DocumentStyle(options["--digits"] switch
        {
            null or "thai" => true,
            "arabic" => false,
            var other => throw new UsageException($"--digits ต้องเป็น thai หรือ arabic / --digits must be thai or arabic (got '{other}')"),
        });

        using var host = ConsoleHost.Build(terminal, builder => builder.Services.AddOptions<ReportOptions>().BindConfiguration(ReportOptions.Section));
        await host.Services.InitializeDatabaseAsync(CancellationToken.None);
        using var scope = host.Services.CreateScope();
        var services = scope.ServiceProvider;
        var calendar = services.GetRequiredService<FiscalCalendar>();
        var year = options["--fiscal-year"] is { } y ? new FiscalYear(Number(y, "--fiscal-year")) : calendar.CurrentYear;
        try
        {
            using var docx = new MemoryStream();
            switch (kind)
            {
                case "progress":
                    ProgressReportDocument.Write(await ProgressAsync(services, calendar, year, options), docx, style);
                    break;
                case "memo":
                    MemoDocument.Write(
                        await ProgressAsync(services, calendar, year, options),
                        services.GetRequiredService<IOptions<ReportOptions>>().Value,
                        calendar.Today,
                        new MemoDocument.Writer(options["--by"], options["--position"]),
                        docx,
                        style);
                    break;
                case "complaints":
                    ComplaintReportDocument.Write(await services.GetRequiredService<ComplaintReports>().ForAsync(Period(options, calendar, year), CancellationToken.None), docx, style);
                    break;
                default:
                    SurveyReportDocument.Write(await services.GetRequiredService<SurveyReports>().ForAsync(Period(options, calendar, year), CancellationToken.None), docx, style);
                    break;
            }

            var bytes = format == "pdf" ? await PdfConverter.ToPdfAsync(docx.ToArray(), CancellationToken.None) : docx.ToArray();
            var path = Path.GetFullPath(output);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllBytesAsync(path, bytes);
            await terminal.Out.WriteLineAsync($"เขียน {output} แล้ว / wrote {output} ({bytes.Length:N0} bytes)");
            return 0;
        }
        catch (ReportException e)
        {
            await terminal.Error.WriteLineAsync(e.Message);
            return 1;
        }
    }

    /// <summary>The 6-month report while the fiscal year runs, the 12-month one once it is over, unless <c>--months</c> says.</summary>
    private static Task<ProgressReport> ProgressAsync(IServiceProvider services, FiscalCalendar calendar, FiscalYear year, CommandOptions options)
    {
        var months = options["--months"] is { } m ? Number(m, "--months") : calendar.Today > year.End ? 12 : 6;
        return services.GetRequiredService<ProgressReports>().ForAsync(year.BuddhistYear, months, CancellationToken.None);
    }

    /// <summary>The days of a complaints or survey report: given dates, a quarter, the first months, or the whole fiscal year.</summary>
    private static ReportPeriod Period(CommandOptions options, FiscalCalendar calendar, FiscalYear year)
    {
        if (options["--from"] is { } from)
        {
            return ReportPeriod.Between(Date(from, "--from"), options["--to"] is { } to ? Date(to, "--to") : calendar.Today);
        }

        return options["--quarter"] is { } quarter
            ? Number(quarter, "--quarter") is var q and >= 1 and <= 4 ? ReportPeriod.Quarter(year.Quarter(q)) : throw new UsageException("--quarter ต้องเป็น 1 ถึง 4 / --quarter must be 1 to 4")
            : ReportPeriod.FirstMonths(year, options["--months"] is { } months ? Number(months, "--months") : 12);
    }

    private static int Number(string text, string option) =>
        ThaiDigits.TryParse(text, out var value) ? value : throw new UsageException($"{option} ต้องเป็นตัวเลข / {option} must be a number (got '{text}')");

    private static DateOnly Date(string text, string option) =>
        ThaiDate.TryParse(text, out var date) ? date : throw new UsageException($"{option} ต้องเป็นวันที่ เช่น 2025-01-31 หรือ 31 ม.ค. 2568 / {option} must be a date (got '{text}')");
}
