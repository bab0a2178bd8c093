using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ItaBot.Bot.Tests.Support;

namespace ItaBot.Bot.Tests.Documents;

/// <summary>A .docx as Word would read it: its paragraphs outside tables, its tables row by row, each cell's lines.</summary>
public sealed record Docx(IReadOnlyList<string> Paragraphs, IReadOnlyList<IReadOnlyList<IReadOnlyList<string>>> Tables, IReadOnlySet<string> Fonts, (int Width, int Height) Page)
{
    public static Docx Open(string path) => Read(File.ReadAllBytes(path));

    public static Docx Read(byte[] content)
    {
        using var stream = new MemoryStream(content);
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        var body = document.MainDocumentPart!.Document!.Body!;
        var fonts = document.MainDocumentPart.StyleDefinitionsPart!.Styles!.Descendants<RunFonts>()
            .SelectMany(f => new[] { f.Ascii?.Value, f.ComplexScript?.Value }).OfType<string>().ToHashSet();
        var size = body.Elements<SectionProperties>().Single().GetFirstChild<PageSize>()!;
        return new Docx(
            [.. body.Elements<Paragraph>().Select(p => p.InnerText)],
            [.. body.Elements<Table>().Select(t => (IReadOnlyList<IReadOnlyList<string>>)[.. t.Elements<TableRow>().Select(r => (IReadOnlyList<string>)[.. r.Elements<TableCell>().Select(c => string.Join("\n", c.Elements<Paragraph>().Select(p => p.InnerText)))])])],
            fonts,
            ((int)size.Width!.Value, (int)size.Height!.Value));
    }

    /// <summary>Runs <c>report ARGS --out FILE.docx</c> on <paramref name="database"/> and reads what it wrote.</summary>
    public static async Task<Docx> ReportAsync(TempDatabaseFile database, params string[] args)
    {
        var file = Path.Combine(Path.GetDirectoryName(database.Path)!, $"{Guid.NewGuid():N}.docx");
        var result = await BotVerb.RunAsync(database, "", ["report", .. args, "--out", file]);
        Assert.True(result.ExitCode == 0, result.Error);
        return Open(file);
    }

    public string Text => string.Join("\n", Paragraphs.Concat(Tables.SelectMany(t => t.SelectMany(r => r))));
}
