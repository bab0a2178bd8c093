using System.Globalization;
using ItaBot.Core.Calendar;
using ItaBot.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Core.Numbering;

/// <summary>
/// Numbers like "C68-00042": the series letter, the last two digits of the Buddhist-era year of <paramref name="day"/>,
/// and that year's five-digit sequence. Taken in the caller's unit of work; should two be taken at once, one save fails
/// on the counter's version and is redone.
/// </summary>
public sealed class YearlyNumbers(ItaBotDbContext db)
{
    public async Task<(string Number, int Year, int Sequence)> NextAsync(string series, DateOnly day, CancellationToken cancellationToken)
    {
        var year = ThaiDate.BuddhistYear(day);
        var counter = await db.NumberCounters.SingleOrDefaultAsync(c => c.Series == series && c.Year == year, cancellationToken);
        if (counter is null)
        {
            counter = new NumberCounter { Series = series, Year = year };
            db.NumberCounters.Add(counter);
        }

        counter.Last++;
        counter.Version++;
        return (Format(series, year, counter.Last), year, counter.Last);
    }

    public static string Format(string series, int buddhistYear, int sequence) =>
        string.Create(CultureInfo.InvariantCulture, $"{series}{buddhistYear % 100:D2}-{sequence:D5}");
}
