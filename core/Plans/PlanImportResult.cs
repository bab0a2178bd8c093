namespace ItaBot.Core.Plans;

/// <summary>What an import did. <see cref="Changed"/> is false when the same plan was imported again.</summary>
public sealed record PlanImportResult(
    int PlanId,
    bool Created,
    int MeasuresAdded,
    int MeasuresUpdated,
    int MeasuresRemoved,
    int UpdatesAdded)
{
    public bool Changed => Created || MeasuresAdded + MeasuresUpdated + MeasuresRemoved + UpdatesAdded > 0;
}
