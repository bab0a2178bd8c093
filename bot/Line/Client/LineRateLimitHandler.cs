using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace ItaBot.Bot.Line.Client;

/// <summary>
/// Keeps every request to LINE, retries included, under <see cref="LineOptions.MaxRequestsPerSecond"/>. One limiter
/// for the whole process: replies, pushes and the rest draw on the same allowance.
/// </summary>
internal sealed class LineRateLimit : IDisposable
{
    public LineRateLimit(IOptions<LineOptions> options)
    {
        // Refilled about ten times a second, so a burst is at most a tenth of a second's allowance.
        var rate = options.Value.MaxRequestsPerSecond;
        var perPeriod = (rate + 9) / 10;
        Limiter = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = perPeriod,
            TokensPerPeriod = perPeriod,
            ReplenishmentPeriod = TimeSpan.FromSeconds((double)perPeriod / rate),
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        });
    }

    public RateLimiter Limiter { get; }

    public void Dispose() => Limiter.Dispose();
}

internal sealed class LineRateLimitHandler(LineRateLimit rate) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var lease = await rate.Limiter.AcquireAsync(1, cancellationToken);
        return await base.SendAsync(request, cancellationToken);
    }
}
