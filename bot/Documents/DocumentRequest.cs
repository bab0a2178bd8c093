using System.Globalization;

namespace ItaBot.Bot.Documents;

/// <summary>
/// Which document, for which period, in which form: what <c>report</c> is asked on the command line and what a
/// document link carries. The period is a fiscal year's first <see cref="Months"/>, one <see cref="Quarter"/>, or the
/// days <see cref="From"/>–<see cref="To"/>; the progress report and its memo take only months (6 or 12). The memo of
/// the round as <see cref="Submitted"/> up the approval chain carries its writer and the approvers' blocks so far; a
/// link to it is made <see cref="For"/> one person of its chain.
/// </summary>
public sealed record DocumentRequest(
    DocumentKind Kind,
    int FiscalYear,
    int? Months = null,
    int? Quarter = null,
    DateOnly? From = null,
    DateOnly? To = null,
    bool Pdf = true,
    bool ThaiDigits = true,
    string? By = null,
    string? Position = null,
    bool Submitted = false,
    int? For = null)
{
    /// <summary>A file name that says what it holds: <c>progress-2568-6m.pdf</c>, <c>complaints-2568-q2.docx</c>.</summary>
    public string FileName => string.Create(CultureInfo.InvariantCulture,
        $"{Kind.ToString().ToLowerInvariant()}-{(From is { } from ? $"{from:yyyyMMdd}-{To:yyyyMMdd}" : $"{FiscalYear}{(Quarter is int q ? $"-q{q}" : Months is int m ? $"-{m}m" : "")}")}.{(Pdf ? "pdf" : "docx")}");

    public string ContentType => Pdf ? "application/pdf" : "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
}

public enum DocumentKind
{
    Progress,
    Memo,
    Complaints,
    Survey,
}
