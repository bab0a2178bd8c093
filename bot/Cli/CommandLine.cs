using System.Text;

namespace ItaBot.Bot.Cli;

/// <summary>The verbs of <c>dotnet run --project bot -- VERB</c>; no verb runs the server.</summary>
internal static class CommandLine
{
    private const string Usage = """
        ItaBot — LINE bot for ITA integrity and transparency work

        dotnet run --project bot [-- serve] [--urls URL]    web server: LINE webhook, GET /healthz; migrates, loads the demo plan
        dotnet run --project bot -- chat [--as citizen|staff|manager|admin] [--unit UNIT[,UNIT]] [--user ID]
                                                             talk to the bot in the terminal (reads standard input)
        dotnet run --project bot -- seed [--plan FILE]       import a measure plan (JSON); the demo plan without --plan
        dotnet run --project bot -- staff invite --name NAME --role staff|manager|admin [--unit UNIT[,UNIT]] [--integrity-officer yes]
                                                             name a person; prints the one-time code they send as "ลงทะเบียน CODE"
        dotnet run --project bot -- staff list|change ID|code ID|unlink ID|revoke ID
                                                             list people, change role/unit, new code, unlink, revoke
        dotnet run --project bot -- jobs list | jobs trigger ID [--at ISO-8601]
                                                             the scheduled jobs; run one now, or as if at that instant
        dotnet run --project bot -- report progress|memo|complaints|survey [--fiscal-year 2568] [--months 6] --out FILE.docx|FILE.pdf
                                                             an ITA document drawn from the database (see the README)
        dotnet run --project bot -- line richmenu [--image FILE]
                                                             set up the default rich menu on the LINE channel
        """;

    public static Task<int> RunAsync(string[] args)
    {
        Console.OutputEncoding = Encoding.UTF8;
        Console.InputEncoding = Encoding.UTF8;
        return RunAsync(args, Terminal.OfConsole());
    }

    /// <summary>Runs a verb on <paramref name="terminal"/>: the console, or a test's own input and output.</summary>
    public static async Task<int> RunAsync(string[] args, Terminal terminal)
    {
        var verb = args.Length > 0 && !args[0].StartsWith('-') ? args[0] : null;
        var rest = verb is null ? args : args[1..];
        try
        {
            return verb switch
            {
                null when args is ["--help" or "-h", ..] => WriteUsage(terminal.Out, 0),
                null or "serve" => await ServeCommand.RunAsync(rest),
                "chat" => await ChatCommand.RunAsync(CommandOptions.Parse(rest, "--as", "--user", "--unit"), terminal),
                "seed" => await SeedCommand.RunAsync(CommandOptions.Parse(rest, "--plan"), terminal),
                "line" => await LineCommand.RunAsync(rest, terminal),
                "staff" => await StaffCommand.RunAsync(rest, terminal),
                "jobs" => await JobsCommand.RunAsync(rest, terminal),
                "report" => await ReportCommand.RunAsync(rest, terminal),
                "help" => WriteUsage(terminal.Out, 0),
                _ => throw new UsageException($"ไม่รู้จักคำสั่ง '{verb}' / unknown verb '{verb}'"),
            };
        }
        catch (UsageException e)
        {
            await terminal.Error.WriteLineAsync(e.Message);
            return WriteUsage(terminal.Error, 2);
        }
    }

    private static int WriteUsage(TextWriter output, int exitCode)
    {
        output.WriteLine(Usage);
        return exitCode;
    }
}
