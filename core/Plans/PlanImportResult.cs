namespace ItaBot.Core.Plans;

/// <summary>What an import did. <see cref="Changed"/> is false when the same plan was imported again.</summary>
public sealed record PlanImportResult(
    int PlanId,
    bool Created,
    bool Changed,
    int MeasuresAdded,
    int MeasuresUpdated,
    int MeasuresRemoved,
    int UpdatesAdded);
