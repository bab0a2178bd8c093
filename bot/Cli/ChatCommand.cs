using ItaBot.Bot.Cards;
using ItaBot.Bot.Conversation;
using ItaBot.Bot.Dialogs;
using ItaBot.Bot.Hosting;
using ItaBot.Core.Messaging;
using ItaBot.Core.People;
using ItaBot.Core.Persistence;

namespace ItaBot.Bot.Cli;

/// <summary>
/// <c>chat</c>: the conversation in a terminal, through the same recognizer, answers and cards as LINE. Reads standard
/// input line by line, so it works typed or piped, and ends at end of input. LINE's other events are played with
/// commands (<see cref="TerminalEvents"/>).
/// </summary>
internal static class ChatCommand
{
    public static async Task<int> RunAsync(CommandOptions options, Terminal terminal)
    {
        var role = ParseRole(options["--as"]);
        var units = UnitList.Parse(options["--unit"]);
        using var host = ConsoleHost.Build(terminal, builder =>
        {
            builder.Services.AddScoped<IMessenger, ConsoleMessenger>();
            builder.Services.AddSingleton<IPhotoSource, FilePhotoSource>();
        });
        await host.Services.InitializeDatabaseAsync(CancellationToken.None);

        var interactive = terminal.IsInteractive;
        if (interactive)
        {
            terminal.Out.WriteLine($"ItaBot ({role ?? Role.Citizen}) — พิมพ์ข้อความแล้วกด Enter, Ctrl+D เพื่อออก / type a message, Ctrl+D to quit");
            terminal.Out.WriteLine(TerminalEvents.Usage);
            terminal.Out.Write("> ");
        }

        while (await terminal.In.ReadLineAsync() is { } line)
        {
            var played = TerminalEvents.Read(line);
            if (played.Problem is { } problem)
            {
                terminal.Out.WriteLine(problem);
                terminal.Out.WriteLine();
            }
            else if (!string.IsNullOrWhiteSpace(line))
            {
                // Who is speaking is read for every line, as for every LINE message: a ลงทะเบียน counts at once.
                await using var scope = host.Services.CreateAsyncScope();
                var sender = await SenderAsync(scope.ServiceProvider, options["--user"], role, units);
                var reply = played.Input is { } input
                    ? await scope.ServiceProvider.GetRequiredService<TurnRouter>().RespondAsync(new Turn(sender, input), CancellationToken.None)
                    : scope.ServiceProvider.GetRequiredService<HelpAnswers>().Welcome(sender.Role, displayName: null);
                await scope.ServiceProvider.GetRequiredService<ItaBotDbContext>().SaveChangesAsync();
                TextRenderer.Write(terminal.Out, reply);
            }

            if (interactive)
            {
                terminal.Out.Write("> ");
            }
        }

        return 0;
    }

    /// <summary>
    /// A linked person when <c>--user</c> names one (as themselves, whatever <c>--as</c> says); otherwise a stand-in with
    /// the role and units given, so the dialogs can be tried before anyone is linked.
    /// </summary>
    private static async Task<Member> SenderAsync(IServiceProvider services, string? user, Role? role, IReadOnlyList<string> units)
    {
        var userId = user ?? $"terminal-{(role ?? Role.Citizen).ToString().ToLowerInvariant()}";
        var member = await services.GetRequiredService<PeopleDirectory>().MemberAsync(userId, CancellationToken.None);
        return member.IsStaff || role is null or Role.Citizen
            ? member
            : new Member(userId, role.Value, null, $"ผู้ใช้ทดสอบ ({role.Value.Thai()})", units, false);
    }

    private static Role? ParseRole(string? text) =>
        text is null ? null
        : RoleText.TryParse(text, out var role) ? role
        : throw new UsageException($"--as ต้องเป็น citizen, staff, manager หรือ admin / --as must be citizen, staff, manager or admin (got '{text}')");
}
