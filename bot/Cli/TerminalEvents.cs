using System.Globalization;
using ItaBot.Bot.Dialogs;

namespace ItaBot.Bot.Cli;

/// <summary>
/// What a terminal line stands for: a text message, or one of LINE's other events played by a command — <c>/follow</c>
/// (adding the account), <c>/photo FILE</c>, <c>/location LAT LNG [NAME]</c>, <c>/sticker</c>.
/// </summary>
internal static class TerminalEvents
{
    public const string Usage = "คำสั่งในแชต / chat commands: /follow · /photo FILE · /location LAT LNG [NAME] · /sticker";

    /// <summary>The line as an event; <see cref="TerminalEvent.Problem"/> says what is wrong with a command mistyped.</summary>
    public static TerminalEvent Read(string line)
    {
        var parts = line.Trim().Split(' ', 4, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts switch
        {
            ["/follow"] => new TerminalEvent(null, Follow: true),
            ["/sticker"] => new TerminalEvent(new OtherInput("sticker")),
            ["/photo", .. var rest] when rest.Length > 0 => Photo(line.Trim()["/photo".Length..].Trim()),
            ["/location", var latitude, var longitude, .. var name] when Coordinate(latitude, 90) is { } lat && Coordinate(longitude, 180) is { } lng =>
                new TerminalEvent(new LocationInput(name.Length > 0 ? name[0] : null, null, lat, lng)),
            [var command, ..] when command.StartsWith('/') && command.Length > 1 && char.IsAsciiLetter(command[1]) => new TerminalEvent(null, Problem: Usage),
            _ => new TerminalEvent(new TextInput(line)),
        };
    }

    private static TerminalEvent Photo(string path) => File.Exists(path)
        ? new TerminalEvent(new PhotoInput(path))
        : new TerminalEvent(null, Problem: $"ไม่พบไฟล์ / no such file: {Path.GetFullPath(path)}");

    private static double? Coordinate(string text, double limit) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && Math.Abs(value) <= limit ? value : null;
}

/// <summary>A terminal line read as an event: its input, or the follow event, or a problem to print instead.</summary>
internal sealed record TerminalEvent(TurnInput? Input, bool Follow = false, string? Problem = null);
