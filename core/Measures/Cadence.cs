namespace ItaBot.Core.Measures;

/// <summary>
/// How often an output is meant to happen. It tells reminders and summaries what should be done by a given point
/// of the fiscal year: a quarterly inspection with a target of 4 should have 2 by the end of quarter 2.
/// </summary>
public enum Cadence
{
    /// <summary>No rhythm: the target may be met at any time in the period.</summary>
    AnyTime,
    Monthly,
    Quarterly,
    HalfYearly,
    Yearly,
}
