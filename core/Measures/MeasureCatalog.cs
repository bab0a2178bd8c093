using ItaBot.Core.Calendar;
using ItaBot.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Core.Measures;

/// <summary>Reads the measures people ask about: those of the organisation's current plan.</summary>
public sealed class MeasureCatalog(ItaBotDbContext db, FiscalCalendar calendar, OrganizationOptions organization)
{
    /// <summary>
    /// The organisation's plan for this fiscal year; failing that its most recent earlier plan, then any later one.
    /// A plan of another organisation (the demo, before the real plan is imported) is used only when it has none.
    /// </summary>
    public Task<Plan?> CurrentPlanAsync(CancellationToken cancellationToken) =>
        PlanForAsync(calendar.CurrentYear.BuddhistYear, cancellationToken);

    /// <summary>The plan for fiscal year <paramref name="year"/> (Buddhist era), chosen as <see cref="CurrentPlanAsync"/> chooses.</summary>
    public async Task<Plan?> PlanForAsync(int year, CancellationToken cancellationToken)
    {
        var name = organization.Name;
        return await db.Plans.AsNoTracking()
            .Include(p => p.Measures)
            .OrderByDescending(p => p.OrganizationName == name)
            .ThenByDescending(p => p.FiscalYear == year)
            .ThenByDescending(p => p.FiscalYear < year)
            .ThenByDescending(p => p.FiscalYear)
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>One measure of the plan with its outputs and its whole history.</summary>
    public Task<Measure?> FindAsync(Plan plan, int number, CancellationToken cancellationToken) =>
        db.Measures.AsNoTracking()
            .Include(m => m.Updates)
            .SingleOrDefaultAsync(m => m.PlanId == plan.Id && m.Number == number, cancellationToken);

    /// <summary>The plan's measures with their outputs and whole histories.</summary>
    public Task<List<Measure>> WithHistoryAsync(Plan plan, CancellationToken cancellationToken) =>
        db.Measures.AsNoTracking().Include(m => m.Updates).Where(m => m.PlanId == plan.Id).ToListAsync(cancellationToken);
}
