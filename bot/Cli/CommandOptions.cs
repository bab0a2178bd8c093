namespace ItaBot.Bot.Cli;

/// <summary>The options of a verb: <c>--name value</c> or <c>--name=value</c>, only the names the verb knows.</summary>
internal sealed class CommandOptions
{
    private readonly Dictionary<string, string> values = new(StringComparer.Ordinal);

    private CommandOptions()
    {
    }

    public static CommandOptions Parse(IReadOnlyList<string> args, params IReadOnlyCollection<string> names)
    {
        var options = new CommandOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var (name, value) = args[i].Split('=', 2) is [var n, var v] ? (n, (string?)v) : (args[i], null);
            if (!names.Contains(name))
            {
                throw new UsageException($"ไม่รู้จัก '{args[i]}' / unknown option '{args[i]}'");
            }

            value ??= i + 1 < args.Count ? args[++i] : throw new UsageException($"{name} ต้องมีค่า / {name} needs a value");
            options.values[name] = value;
        }

        return options;
    }

    public string? this[string name] => values.GetValueOrDefault(name);
}
