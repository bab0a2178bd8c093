using ItaBot.Bot.Cli;

return await CommandLine.RunAsync(args);

/// <summary>The entry point; public so that tests can host the web server with WebApplicationFactory.</summary>
public partial class Program;
