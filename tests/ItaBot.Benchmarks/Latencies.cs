using System.Globalization;

namespace ItaBot.Benchmarks;

/// <summary>Latencies in milliseconds and their percentiles.</summary>
internal sealed class Latencies(IEnumerable<double> milliseconds)
{
    private readonly double[] sorted = [.. milliseconds.Order()];

    public int Count => sorted.Length;

    public double Percentile(double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p / 100 * sorted.Length) - 1)];

    public string Describe(params double[] percentiles) =>
        string.Join("  ", percentiles.Select(p => string.Create(CultureInfo.InvariantCulture, $"p{p:0.#} {Percentile(p):0.00} ms")));
}
