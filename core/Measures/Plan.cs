namespace ItaBot.Core.Measures;

/// <summary>The integrity measures of one organisation for one fiscal year (แผน/มาตรการส่งเสริมคุณธรรมและความโปร่งใส).</summary>
public sealed class Plan
{
    public int Id { get; set; }

    public required string OrganizationName { get; set; }

    /// <summary>The Buddhist-era year naming the fiscal year, e.g. 2568.</summary>
    public int FiscalYear { get; set; }

    public string? Title { get; set; }

    public DateTimeOffset ImportedAt { get; set; }

    public List<Measure> Measures { get; } = [];
}
