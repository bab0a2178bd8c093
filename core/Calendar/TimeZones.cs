namespace ItaBot.Core.Calendar;

public static class TimeZones
{
    public const string Bangkok = "Asia/Bangkok";

    /// <summary>
    /// Finds a zone by its IANA id. A minimal container may ship without tzdata; Thailand has kept UTC+7 without
    /// daylight saving since 1920, so Bangkok falls back to a fixed zone rather than failing the whole bot.
    /// </summary>
    public static TimeZoneInfo Find(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (TimeZoneNotFoundException) when (id == Bangkok)
        {
            return TimeZoneInfo.CreateCustomTimeZone(Bangkok, TimeSpan.FromHours(7), Bangkok, "ICT");
        }
    }
}
