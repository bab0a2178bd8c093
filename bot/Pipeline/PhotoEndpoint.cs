using ItaBot.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Bot.Pipeline;

/// <summary><c>GET /photos/{id}/{signature}</c>: a stored photo, for LINE to show in a chat, by a link <see cref="PhotoLinks"/> made.</summary>
public static class PhotoEndpoint
{
    public static IEndpointRouteBuilder MapPhotos(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(PhotoLinks.Route, ServeAsync);
        return endpoints;
    }

    // Anything but a link the bot made gets the same 404, so a link tells nothing of which photos exist.
    private static async Task<IResult> ServeAsync(Guid id, string signature, PhotoLinks links, ItaBotDbContext db, CancellationToken cancellationToken)
    {
        if (!links.Verifies(id, signature))
        {
            return Results.NotFound();
        }

        var file = await db.StoredFiles.AsNoTracking().SingleOrDefaultAsync(f => f.Id == id, cancellationToken);
        return file is null ? Results.NotFound() : Results.File(file.Content, file.ContentType);
    }
}
