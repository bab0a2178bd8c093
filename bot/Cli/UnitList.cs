namespace ItaBot.Bot.Cli;

/// <summary><c>--unit กองคลัง,กองช่าง</c>: one or more units, separated by commas.</summary>
internal static class UnitList
{
    public static IReadOnlyList<string> Parse(string? text) =>
        text is null ? [] : [.. text.Split([',', '，'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
