using System.Globalization;
using System.Net;
using System.Text;

namespace ItaBot.Bot.Web;

/// <summary>The frame of the public pages: Thai, readable on a phone, printable, no script.</summary>
internal static class PublicHtml
{
    public static string Encode(string text) => WebUtility.HtmlEncode(text);

    /// <summary>A public page as the answer to its request.</summary>
    public static IResult Result(string title, string organization, string body) =>
        Results.Content(Page(title, organization, body), "text/html; charset=utf-8");

    /// <summary>Which ITA item the page is evidence for, when the settings name one.</summary>
    public static string ItemNote(string? item) => item is null ? "" : $" · หลักฐานประกอบการประเมิน ITA ข้อ {Encode(item)}";

    public static string Page(string title, string organization, string body) => $$"""
        <!DOCTYPE html>
        <html lang="th">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{Encode(title)}} · {{Encode(organization)}}</title>
        <style>
        body { font-family: 'TH Sarabun New', Sarabun, Laksaman, 'Noto Sans Thai', sans-serif; font-size: 1.25rem; max-width: 48rem; margin: 1.5rem auto; padding: 0 1rem; color: #1f2937; }
        h1 { font-size: 1.8rem; margin-bottom: .2rem; } h2 { font-size: 1.4rem; margin-top: 1.6rem; }
        table { border-collapse: collapse; width: 100%; } th, td { border: 1px solid #9ca3af; padding: .3rem .6rem; text-align: left; }
        td.n { text-align: right; width: 8rem; } .muted { color: #6b7280; } a { color: #1d4ed8; }
        </style>
        </head>
        <body>
        <p class="muted">{{Encode(organization)}}</p>
        <h1>{{Encode(title)}}</h1>
        {{body}}
        </body>
        </html>
        """;

    /// <summary>A two-column table of counts, or the sentence for none.</summary>
    public static string Counts(string heading, IEnumerable<(string Label, int Count)> rows, string unit)
    {
        var html = new StringBuilder($"<table><tr><th>{Encode(heading)}</th><th>จำนวน ({Encode(unit)})</th></tr>");
        foreach (var (label, count) in rows)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{Encode(label)}</td><td class=\"n\">{count}</td></tr>");
        }

        return html.Append("</table>").ToString();
    }
}
