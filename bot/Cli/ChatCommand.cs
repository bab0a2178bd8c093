using ItaBot.Bot.Conversation;
using ItaBot.Bot.Hosting;
using ItaBot.Core.People;

namespace ItaBot.Bot.Cli;

/// <summary>
/// <c>chat</c>: the conversation in a terminal, through the same recognizer, answers and cards as LINE. Reads standard
/// input line by line, so it works typed or piped, and ends at end of input.
/// </summary>
internal static class ChatCommand
{
    public static async Task<int> RunAsync(CommandOptions options)
    {
        var role = ParseRole(options["--as"]);
        var userId = options["--user"] ?? $"terminal-{role.ToString().ToLowerInvariant()}";
        using var host = ConsoleHost.Build();
        await host.Services.InitializeDatabaseAsync(CancellationToken.None);

        var interactive = !Console.IsInputRedirected;
        if (interactive)
        {
            Console.WriteLine($"ItaBot ({role}) — พิมพ์ข้อความแล้วกด Enter, Ctrl+D เพื่อออก / type a message, Ctrl+D to quit");
            Console.Write("> ");
        }

        while (await Console.In.ReadLineAsync() is { } line)
        {
            if (!string.IsNullOrWhiteSpace(line))
            {
                await using var scope = host.Services.CreateAsyncScope();
                var router = scope.ServiceProvider.GetRequiredService<TurnRouter>();
                TextRenderer.Write(Console.Out, await router.RespondAsync(new Turn(userId, role, line), CancellationToken.None));
            }

            if (interactive)
            {
                Console.Write("> ");
            }
        }

        return 0;
    }

    private static Role ParseRole(string? text) =>
        text is null ? Role.Citizen
        : Enum.TryParse<Role>(text, ignoreCase: true, out var role) && Enum.IsDefined(role) && !char.IsDigit(text[0]) ? role
        : throw new UsageException($"--as ต้องเป็น citizen, staff, manager หรือ admin / --as must be citizen, staff, manager or admin (got '{text}')");
}
