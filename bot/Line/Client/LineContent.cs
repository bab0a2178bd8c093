namespace ItaBot.Bot.Line.Client;

/// <summary>A file a user sent (image, video, audio, file), streamed from LINE's data API.</summary>
public sealed class LineContent(HttpResponseMessage response, Stream stream) : IAsyncDisposable
{
    public Stream Stream { get; } = stream;

    public string ContentType { get; } = response.Content.Headers.ContentType?.MediaType ?? "application/octet-stream";

    public async ValueTask DisposeAsync()
    {
        await Stream.DisposeAsync();
        response.Dispose();
    }
}
