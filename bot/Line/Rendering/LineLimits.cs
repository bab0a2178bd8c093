using System.Globalization;

namespace ItaBot.Bot.Line.Rendering;

/// <summary>LINE's limits on what one request may carry, and the trimming that keeps text within them.</summary>
public static class LineLimits
{
    public const int MessagesPerRequest = 5;
    public const int QuickReplyItems = 13;

    /// <summary>Counted in characters as a reader sees them: a Thai vowel or tone mark does not add one.</summary>
    public const int QuickReplyLabel = 20;

    public const int MessageActionText = 300;
    public const int TextLength = 5000;
    public const int AltTextLength = 1500;
    public const int BubblesPerCarousel = 12;

    /// <summary>A carousel's JSON, in UTF-8 bytes.</summary>
    public const int CarouselBytes = 50 * 1024;

    private const string Ellipsis = "…";

    /// <summary>At most <paramref name="maxCharacters"/> grapheme clusters, ending in "…" when cut.</summary>
    public static string TrimCharacters(string text, int maxCharacters)
    {
        var info = new StringInfo(text);
        return info.LengthInTextElements <= maxCharacters
            ? text
            : info.SubstringByTextElements(0, maxCharacters - 1) + Ellipsis;
    }

    /// <summary>At most <paramref name="maxLength"/> UTF-16 units, cut between characters, ending in "…" when cut.</summary>
    public static string TrimLength(string text, int maxLength) =>
        text.Length <= maxLength ? text : text[..CutPoint(text, maxLength - Ellipsis.Length)] + Ellipsis;

    /// <summary>Splits a long text into parts of at most <see cref="TextLength"/>, at line breaks where it can.</summary>
    public static IEnumerable<string> SplitText(string text)
    {
        var rest = text;
        while (rest.Length > TextLength)
        {
            var cut = rest.LastIndexOf('\n', TextLength - 1);
            if (cut <= 0)
            {
                cut = CutPoint(rest, TextLength);
            }

            yield return rest[..cut];
            rest = rest[cut..].TrimStart('\n');
        }

        yield return rest;
    }

    /// <summary>The last boundary between characters at or before <paramref name="maxLength"/>, so no emoji or Thai mark is split.</summary>
    private static int CutPoint(string text, int maxLength)
    {
        var cut = 0;
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            var end = elements.ElementIndex + elements.GetTextElement().Length;
            if (end > maxLength)
            {
                break;
            }

            cut = end;
        }

        return cut;
    }
}
