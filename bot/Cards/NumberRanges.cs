using System.Globalization;

namespace ItaBot.Bot.Cards;

public static class NumberRanges
{
    /// <summary>"1–10", or "1–3, 5, 7–9": the measure numbers that exist, short enough to read in a chat.</summary>
    public static string Format(IEnumerable<int> numbers)
    {
        var parts = new List<string>();
        var sorted = numbers.Distinct().Order().ToList();
        for (var i = 0; i < sorted.Count;)
        {
            var end = i;
            while (end + 1 < sorted.Count && sorted[end + 1] == sorted[end] + 1)
            {
                end++;
            }

            parts.Add(end == i
                ? sorted[i].ToString(CultureInfo.InvariantCulture)
                : string.Create(CultureInfo.InvariantCulture, $"{sorted[i]}–{sorted[end]}"));
            i = end + 1;
        }

        return string.Join(", ", parts);
    }
}
