using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using ItaBot.Bot.Hosting;
using Microsoft.Extensions.Options;
using Npgsql;

namespace ItaBot.Bot.Pipeline;

/// <summary>
/// Keeps bot processes that share one PostgreSQL database from working on the same chat at once: without it, two
/// could both take up an event still pending, answer it twice, and break the person's order. A lease is a session
/// advisory lock on a connection of its own, held while a worker works on the chat; a process that dies loses its session, and
/// with it the lease. On SQLite, one process to a file, every lease is granted at once.
/// </summary>
public sealed class ChatLeases(IServiceProvider services)
{
    private static readonly IAsyncDisposable Granted = new NoLease();

    private readonly Lazy<string?> postgres = new(() =>
        services.GetRequiredService<IOptions<DatabaseOptions>>().Value.IsPostgres ? CoreServices.ConnectionString(services) : null);

    /// <summary>
    /// The lease of <paramref name="part"/> (inbox, outbox) on the chat, or null when another process holds it or the
    /// database cannot be reached now (or the process is stopping); either way the chat is looked at again shortly.
    /// </summary>
    public async Task<IAsyncDisposable?> TryTakeAsync(string part, string chatId, CancellationToken cancellationToken)
    {
        if (postgres.Value is not { } connectionString)
        {
            return Granted;
        }

        var connection = new NpgsqlConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var take = new NpgsqlCommand("SELECT pg_try_advisory_lock($1)", connection) { Parameters = { new() { Value = Key(part, chatId) } } };
            if (await take.ExecuteScalarAsync(cancellationToken) is true)
            {
                return new Lease(connection, Key(part, chatId));
            }
        }
        catch (Exception e) when (e is DbException or OperationCanceledException)
        {
        }

        await connection.DisposeAsync();
        return null;
    }

    private static long Key(string part, string chatId) =>
        BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes(part + "\n" + chatId)));

    private sealed class Lease(NpgsqlConnection connection, long key) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                // Unlocked before the connection goes back to the pool, where its session lives on.
                await using var release = new NpgsqlCommand("SELECT pg_advisory_unlock($1)", connection) { Parameters = { new() { Value = key } } };
                await release.ExecuteScalarAsync(CancellationToken.None);
            }
            finally
            {
                await connection.DisposeAsync();
            }
        }
    }

    private sealed class NoLease : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
