using System.Diagnostics;
using System.Text;

namespace ItaBot.Bot.Tests.Support;

/// <summary>Runs the built bot as its own process, as an operator would, with the test's own database.</summary>
public static class BotProcess
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    public static ProcessStartInfo StartInfo(TestDatabase database, params string[] args) => StartInfo(database, null, args);

    public static ProcessStartInfo StartInfo(TestDatabase database, IReadOnlyDictionary<string, string?>? settings, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            StandardInputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            // Started away from the repository, to show the settings are found from anywhere.
            WorkingDirectory = Path.GetTempPath(),
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ItaBot.Bot.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in database.Settings.Concat(settings ?? new Dictionary<string, string?>()))
        {
            info.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        return info;
    }

    /// <summary>Runs a verb to the end, feeding it <paramref name="input"/> and closing standard input.</summary>
    public static Task<Result> RunAsync(TestDatabase database, string input, params string[] args) =>
        RunAsync(database, null, input, args);

    /// <summary>The same, with settings given as environment variables (<c>Line:ChannelSecret</c> → <c>Line__ChannelSecret</c>).</summary>
    public static async Task<Result> RunAsync(TestDatabase database, IReadOnlyDictionary<string, string?>? settings, string input, params string[] args)
    {
        using var process = Process.Start(StartInfo(database, settings, args))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(Limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"ItaBot {string.Join(' ', args)} did not end within {Limit}");
        }

        return new Result(process.ExitCode, await output, await error);
    }

    public sealed record Result(int ExitCode, string Output, string Error);
}
