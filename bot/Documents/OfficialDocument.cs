using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ItaBot.Core.Text;

namespace ItaBot.Bot.Documents;

/// <summary>
/// A .docx in the style of Thai official documents (ระเบียบงานสารบรรณ): A4, TH Sarabun New 16 pt, Thai digits unless
/// asked otherwise. The documents write paragraphs and tables through it and never touch OpenXml themselves.
/// </summary>
internal sealed class OfficialDocument : IDisposable
{
    /// <summary>The font official documents name; a machine without it shows its fallback (see the README).</summary>
    public const string Font = "TH Sarabun New";

    /// <summary>Body text, in points.</summary>
    public const int BodySize = 16;

    /// <summary>The wide tables of a report, in points: seven or ten columns across a landscape page.</summary>
    public const int TableSize = 14;

    // A4 in twentieths of a point; margins 3 cm on the binding side, 2 cm elsewhere, 2.5 cm at the top.
    private const int A4Short = 11906;
    private const int A4Long = 16838;
    private const int Margin = 1134;
    private const int BindingMargin = 1701;
    private const int TopMargin = 1418;

    private readonly WordprocessingDocument document;
    private readonly Body body;
    private readonly bool thaiDigits;
    private readonly bool landscape;

    public OfficialDocument(Stream output, DocumentStyle style, bool landscape = false)
    {
        document = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        main.Document = new Document(body = new Body());
        AddStyles(main);
        thaiDigits = style.ThaiDigits;
        this.landscape = landscape;
    }

    /// <summary>The width text may take between the margins.</summary>
    public int TextWidth => (landscape ? A4Long : A4Short) - BindingMargin - Margin;

    public void Paragraph(string text, int size = BodySize, bool bold = false, JustificationValues? align = null, int spaceBefore = 0, int firstLineIndent = 0) =>
        body.Append(Paragraph(text, size, bold, align ?? JustificationValues.Left, spaceBefore, firstLineIndent));

    /// <summary>
    /// A table with a header row repeated on every page; each cell holds lines, each its own paragraph.
    /// <paramref name="widths"/> are in twentieths of a point and <paramref name="centred"/> names the columns set centred.
    /// </summary>
    public void Table(
        IReadOnlyList<int> widths, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<IReadOnlyList<string>>> rows, int size = TableSize, ISet<int>? centred = null, int? headerSize = null)
    {
        var borders = new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 },
            new BottomBorder { Val = BorderValues.Single, Size = 4 },
            new LeftBorder { Val = BorderValues.Single, Size = 4 },
            new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
            new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });
        var table = new Table(
            new TableProperties(borders, new TableLayout { Type = TableLayoutValues.Fixed }, new TableWidth { Type = TableWidthUnitValues.Dxa, Width = Number(widths.Sum()) }),
            new TableGrid(widths.Select(w => new GridColumn { Width = Number(w) })));

        var head = new TableRow(new TableRowProperties(new TableHeader(), new CantSplit()));
        for (var i = 0; i < header.Count; i++)
        {
            head.Append(Cell(widths[i], [header[i]], headerSize ?? size, bold: true, JustificationValues.Center));
        }

        table.Append(head);
        foreach (var row in rows)
        {
            var line = new TableRow();
            for (var i = 0; i < row.Count; i++)
            {
                line.Append(Cell(widths[i], row[i], size, bold: false, centred?.Contains(i) == true ? JustificationValues.Center : JustificationValues.Left));
            }

            table.Append(line);
        }

        body.Append(table);
    }

    public void Save()
    {
        body.Append(new SectionProperties(
            landscape
                ? new PageSize { Width = A4Long, Height = A4Short, Orient = PageOrientationValues.Landscape }
                : new PageSize { Width = A4Short, Height = A4Long },
            new PageMargin { Top = TopMargin, Bottom = Margin, Left = BindingMargin, Right = Margin, Header = 720, Footer = 720, Gutter = 0 }));
        document.Save();
    }

    public void Dispose() => document.Dispose();

    private TableCell Cell(int width, IReadOnlyList<string> lines, int size, bool bold, JustificationValues align)
    {
        var cell = new TableCell(new TableCellProperties(new TableCellWidth { Type = TableWidthUnitValues.Dxa, Width = Number(width) }));
        cell.Append(lines.Count == 0 ? [Paragraph("", size, bold, align, 0, 0)] : lines.Select(l => Paragraph(l, size, bold, align, 0, 0)));
        return cell;
    }

    private Paragraph Paragraph(string text, int size, bool bold, JustificationValues align, int spaceBefore, int firstLineIndent)
    {
        var properties = new ParagraphProperties(
            new SpacingBetweenLines { Before = Number(spaceBefore * 20), After = "0" },
            new Indentation { FirstLine = Number(firstLineIndent) },
            new Justification { Val = align });
        var run = new RunProperties();
        if (bold)
        {
            run.Append(new Bold(), new BoldComplexScript());
        }

        var halfPoints = Number(size * 2);
        run.Append(new FontSize { Val = halfPoints }, new FontSizeComplexScript { Val = halfPoints });
        return new Paragraph(properties, new Run(run, new Text(thaiDigits ? ThaiDigits.ToThai(text) : text) { Space = SpaceProcessingModeValues.Preserve }));
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The font for every script (Thai is a complex script to Word), Thai as the language, no spacing after.</summary>
    private static void AddStyles(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        var size = Number(BodySize * 2);
        styles.Styles = new Styles(new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font },
                new FontSize { Val = size },
                new FontSizeComplexScript { Val = size },
                new Languages { Val = "th-TH", Bidi = "th-TH" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }))));
    }
}

/// <summary>How a document writes its numbers: Thai digits (๑๒๓), as official documents do, unless asked for Arabic.</summary>
public sealed record DocumentStyle(bool ThaiDigits = true);
