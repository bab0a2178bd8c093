namespace ItaBot.Bot.Tests.Support;

/// <summary>
/// The PostgreSQL server the tests of the PostgreSQL path use: <c>ITABOT_TEST_POSTGRES</c>, a connection string whose
/// role may create databases. <c>.ci/run</c> sets it, after <c>.ci/postgres</c> has installed and started a server.
/// Without it those tests are skipped, and say why.
/// </summary>
public static class PostgresServer
{
    public const string Variable = "ITABOT_TEST_POSTGRES";

    private static string? ConnectionStringOrNull { get; } = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } set ? set : null;

    public static string ConnectionString =>
        ConnectionStringOrNull ?? throw new InvalidOperationException($"{Variable} is not set: run `export {Variable}=$(bash .ci/postgres)`");

    public static string? SkipReason =>
        ConnectionStringOrNull is null ? $"needs a PostgreSQL server: export {Variable}=$(bash .ci/postgres)" : null;
}
