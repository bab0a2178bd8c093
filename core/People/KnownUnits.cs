using ItaBot.Core.Complaints;
using ItaBot.Core.Measures;

namespace ItaBot.Core.People;

/// <summary>
/// The units the organisation's work names: those complaint kinds are routed to and those the current plan's measures
/// make responsible. A unit typed for a person that none of them names is most likely a typo ("กองชาง"): nothing would
/// ever reach that person, so it is confirmed before it is kept.
/// </summary>
public sealed class KnownUnits(ComplaintOptions complaints, MeasureCatalog catalog)
{
    public async Task<IReadOnlyList<string>> AllAsync(CancellationToken cancellationToken)
    {
        var known = new SortedSet<string>(StringComparer.Ordinal) { PeopleDirectory.PalatUnit };
        known.UnionWith(complaints.KindsOrDefault.Select(k => k.Unit));
        if (await catalog.CurrentPlanAsync(cancellationToken) is { } plan)
        {
            known.UnionWith(plan.Measures.SelectMany(m => m.ResponsibleUnits));
        }

        return [.. known];
    }

    /// <summary>Those of <paramref name="units"/> that nothing names.</summary>
    public async Task<IReadOnlyList<string>> UnknownAsync(IEnumerable<string> units, CancellationToken cancellationToken)
    {
        var known = await AllAsync(cancellationToken);
        return [.. units.Where(u => !known.Contains(u, StringComparer.Ordinal))];
    }
}
