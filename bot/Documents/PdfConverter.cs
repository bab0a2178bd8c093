using System.ComponentModel;
using System.Diagnostics;
using ItaBot.Core.Reports;

namespace ItaBot.Bot.Documents;

/// <summary>
/// Turns a .docx into the PDF that gets published, with LibreOffice (Debian's <c>libreoffice-writer-nogui</c>) run
/// headless: a real layout engine, so Thai vowels and tone marks sit where Word would put them. Each conversion has a
/// LibreOffice profile of its own, so two at once do not wait on each other's lock.
/// </summary>
internal static class PdfConverter
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    public static async Task<byte[]> ToPdfAsync(byte[] docx, CancellationToken cancellationToken)
    {
        var work = Directory.CreateTempSubdirectory("itabot-pdf-");
        try
        {
            var input = Path.Combine(work.FullName, "document.docx");
            await File.WriteAllBytesAsync(input, docx, cancellationToken);
            var start = new ProcessStartInfo("soffice")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                ArgumentList =
                {
                    $"-env:UserInstallation={new Uri(Path.Combine(work.FullName, "profile")).AbsoluteUri}",
                    "--headless", "--norestore", "--convert-to", "pdf", "--outdir", work.FullName, input,
                },
            };
            using var process = Start(start);
            var error = process.StandardError.ReadToEndAsync(cancellationToken);
            _ = process.StandardOutput.ReadToEndAsync(cancellationToken);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(Limit);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw;
            }

            var pdf = Path.ChangeExtension(input, ".pdf");
            return process.ExitCode == 0 && File.Exists(pdf)
                ? await File.ReadAllBytesAsync(pdf, cancellationToken)
                : throw new ReportException($"LibreOffice ทำ PDF ไม่สำเร็จ / LibreOffice could not make the PDF (exit {process.ExitCode}): {await error}");
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static Process Start(ProcessStartInfo start)
    {
        try
        {
            return Process.Start(start)!;
        }
        catch (Win32Exception)
        {
            throw new ReportException("ทำ PDF ต้องมี LibreOffice (soffice) / a PDF needs LibreOffice: apt-get install libreoffice-writer-nogui");
        }
    }
}
