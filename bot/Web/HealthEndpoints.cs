using System.Data.Common;
using ItaBot.Core.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Bot.Web;

public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", CheckAsync);
        return endpoints;
    }

    /// <summary>200 when the process answers and its database answers a real query; 503 otherwise.</summary>
    public static async Task<Results<Ok<Health>, JsonHttpResult<Health>>> CheckAsync(ItaBotDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            // A query on a table, not just opening a connection: SQLite "connects" to a missing file by creating it.
            await db.Plans.AnyAsync(cancellationToken);
            return TypedResults.Ok(new Health("ok"));
        }
        catch (DbException)
        {
            return TypedResults.Json(new Health("database unavailable"), statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }
}

public sealed record Health(string Status);
