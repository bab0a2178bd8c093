using ItaBot.Bot.Hosting;
using Microsoft.Extensions.Logging.Console;

namespace ItaBot.Bot.Cli;

internal static class ConsoleHost
{
    /// <summary>
    /// The services of the bot without a web server, for verbs that talk on standard output. Logs go to standard error
    /// and only from warnings up, so that piped output holds nothing but the answers. The terminal's settings are added
    /// to the configuration before the services, since some of them (the database provider) decide which are.
    /// </summary>
    public static IHost Build(Terminal terminal, Action<IHostApplicationBuilder>? configure = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [] });
        builder.Configuration.AddInMemoryCollection(terminal.Settings);
        builder.Services.AddSingleton(terminal);
        builder.AddItaBot();
        configure?.Invoke(builder);
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.AddFilter<ConsoleLoggerProvider>(null, LogLevel.Warning);
        return builder.Build();
    }
}
