using Microsoft.Extensions.Configuration.EnvironmentVariables;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;

namespace ItaBot.Bot.Hosting;

internal static class RootSettings
{
    private const string FileName = "appsettings.json";

    /// <summary>
    /// The repository's appsettings.json is copied beside the binaries. Reading it from there lets the bot start from
    /// any working directory; it goes in just before the environment variables so that they, and the command line,
    /// still override it (<c>Line__ChannelSecret</c>).
    /// </summary>
    public static void AddRootAppSettings(this IConfigurationManager configuration)
    {
        var source = new JsonConfigurationSource
        {
            FileProvider = new PhysicalFileProvider(AppContext.BaseDirectory),
            Path = FileName,
            Optional = false,
            ReloadOnChange = false,
        };
        var sources = configuration.Sources;
        var environment = sources.ToList().FindIndex(s => s is EnvironmentVariablesConfigurationSource { Prefix: null or "" });
        sources.Insert(environment < 0 ? sources.Count : environment, source);
    }
}
