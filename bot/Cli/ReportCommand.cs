using ItaBot.Bot.Dialogs.Approvals;
using ItaBot.Bot.Documents;
using ItaBot.Bot.Hosting;
using ItaBot.Core.Calendar;
using ItaBot.Core.People;
using ItaBot.Core.Persistence;
using ItaBot.Core.Reports;
using ItaBot.Core.Text;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Bot.Cli;

/// <summary>
/// <c>report progress|memo|complaints|survey … --out FILE</c>: one of the ITA documents drawn from the database, as
/// .docx or as the PDF that gets published.
/// </summary>
internal static class ReportCommand
{
    private const string Usage = """
        ใช้ / usage: report progress|memo [--fiscal-year 2568] [--months 6|12] [--by NAME --position POSITION]
                     report send --as ID [--fiscal-year 2568] [--months 6|12]
                     report complaints|survey [--fiscal-year 2568 [--months N | --quarter Q] | --from DATE --to DATE]
                     … [--digits thai|arabic] [--format docx|pdf] --out FILE
        """;

    public static async Task<int> RunAsync(string[] args, Terminal terminal)
    {
        if (args is ["send", .. var sendOptions])
        {
            return await SendAsync(CommandOptions.Parse(sendOptions, "--fiscal-year", "--months", "--as"), terminal);
        }

        if (args is not [var kind, .. var rest] || !Enum.TryParse<DocumentKind>(kind, ignoreCase: true, out var document) || kind.Any(char.IsDigit))
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

        var thaiDigits = options["--digits"] switch
        {
            null or "thai" => true,
            "arabic" => false,
            var other => throw new UsageException($"--digits ต้องเป็น thai หรือ arabic / --digits must be thai or arabic (got '{other}')"),
        };

        using var host = ConsoleHost.Build(terminal);
        await host.Services.InitializeDatabaseAsync(CancellationToken.None);
        using var scope = host.Services.CreateScope();
        var calendar = scope.ServiceProvider.GetRequiredService<FiscalCalendar>();
        var request = new DocumentRequest(
            document,
            options["--fiscal-year"] is { } year ? Number(year, "--fiscal-year") : calendar.CurrentYear.BuddhistYear,
            options["--months"] is { } months ? Number(months, "--months") : null,
            options["--quarter"] is { } quarter ? Number(quarter, "--quarter") : null,
            options["--from"] is { } from ? Date(from, "--from") : null,
            options["--to"] is { } to ? Date(to, "--to") : null,
            Pdf: format == "pdf",
            ThaiDigits: thaiDigits,
            By: options["--by"],
            Position: options["--position"]);
        try
        {
            var bytes = await scope.ServiceProvider.GetRequiredService<DocumentMaker>().MakeAsync(request, CancellationToken.None);
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

    /// <summary>
    /// <c>report send --as ID [--fiscal-year 2568] [--months 6]</c>: what <c>ส่งรายงาน</c> does in LINE, done for the
    /// person <c>--as</c> names; the pushes wait in the outbox for the server.
    /// </summary>
    private static async Task<int> SendAsync(CommandOptions options, Terminal terminal)
    {
        var id = options["--as"] is { } text ? Number(text, "--as") : throw new UsageException("--as ID: ผู้ส่งรายงาน (staff list) / the sender (staff list)\n" + Usage);
        using var host = ConsoleHost.Build(terminal, builder => builder.AddLineOutbox());
        await host.Services.InitializeDatabaseAsync(CancellationToken.None);
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ItaBotDbContext>();
        if (await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id && p.RevokedAt == null && p.Role != Role.Citizen) is not { } person)
        {
            await terminal.Error.WriteLineAsync($"ไม่พบเจ้าหน้าที่หมายเลข {id} / no staff member {id}");
            return 1;
        }

        var (reply, sent) = await scope.ServiceProvider.GetRequiredService<ReportApprovals>().SendAsync(
            Member.Of(person, person.LineUserId ?? ""),
            options["--fiscal-year"] is { } year ? Number(year, "--fiscal-year") : null,
            options["--months"] is { } months ? Number(months, "--months") : null,
            CancellationToken.None);
        await db.SaveChangesAsync();
        TextRenderer.Write(terminal.Out, reply);
        return sent ? 0 : 1;
    }

    private static int Number(string text, string option) =>
        ThaiDigits.TryParse(text, out var value) ? value : throw new UsageException($"{option} ต้องเป็นตัวเลข / {option} must be a number (got '{text}')");

    private static DateOnly Date(string text, string option) =>
        ThaiDate.TryParse(text, out var date) ? date : throw new UsageException($"{option} ต้องเป็นวันที่ เช่น 2025-01-31 หรือ 31 ม.ค. 2568 / {option} must be a date (got '{text}')");
}
