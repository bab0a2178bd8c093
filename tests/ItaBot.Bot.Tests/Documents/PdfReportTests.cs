using System.Diagnostics;
using System.Text.RegularExpressions;
using ItaBot.Bot.Documents;
using ItaBot.Bot.Tests.Support;
using ItaBot.Core.Text;

namespace ItaBot.Bot.Tests.Documents;

/// <summary>
/// Each document as the PDF that gets published, made by LibreOffice and read back by poppler's <c>pdftotext</c>; the
/// first page of each is left as a PNG under <c>artifacts/</c> beside the test binaries, for a person to look at.
/// </summary>
public sealed partial class PdfReportTests : IDisposable
{
    private readonly TempDatabaseFile database = TempDatabaseFile.Prepared();

    [Theory]
    [InlineData("progress", ProgressReportDocument.Title, "ประจำปีงบประมาณ พ.ศ. 2568 รอบ 12 เดือน")]
    [InlineData("memo", MemoDocument.Heading, MemoDocument.Closing)]
    [InlineData("complaints", ComplaintReportDocument.Title, ComplaintReportDocument.CorruptionHeading)]
    [InlineData("survey", SurveyReportDocument.Title, "ยังไม่มีผู้ตอบแบบสำรวจในช่วงนี้")]
    public async Task The_PDF_carries_the_Thai_text_whole_with_its_vowels_and_tone_marks_in_order(string kind, string title, string line)
    {
        var pdf = Path.Combine(Path.GetDirectoryName(database.Path)!, $"{kind}.pdf");

        var result = await BotVerb.RunAsync(database, "", "report", kind, "--fiscal-year", "2568", "--months", "12", "--out", pdf);

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.StartsWith("%PDF-", await File.ReadAllTextAsync(pdf), StringComparison.Ordinal);
        // A layout engine may set a Thai word apart from the next, so the comparison is without spaces; every letter,
        // vowel and tone mark must come out, in order.
        var text = Folded(await RunAsync("pdftotext", pdf, "-"));
        Assert.Contains(Folded(title), text, StringComparison.Ordinal);
        Assert.Contains(Folded(ThaiDigits.ToThai(line)), text, StringComparison.Ordinal);
        Assert.Contains("เทศบาลตำบลไผ่ดำพัฒนา", text, StringComparison.Ordinal);

        var artifacts = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artifacts"));
        await RunAsync("pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", pdf, Path.Combine(artifacts.FullName, $"report-{kind}"));
        Assert.True(new FileInfo(Path.Combine(artifacts.FullName, $"report-{kind}.png")).Length > 0);
    }

    public void Dispose() => database.Dispose();

    private static async Task<string> RunAsync(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{program}: {await error}");
        return await output;
    }

    private static string Folded(string text) => Spaces().Replace(text, "");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
