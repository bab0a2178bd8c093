using ItaBot.Core.Calendar;
using ItaBot.Core.Complaints;

namespace ItaBot.Core.Reports;

/// <summary>Draws the complaint statistics report of a period from the complaints and their histories.</summary>
public sealed class ComplaintReports(ComplaintStatistics statistics, ComplaintOptions options, OrganizationOptions organization, FiscalCalendar calendar)
{
    public async Task<ComplaintReport> ForAsync(ReportPeriod period, CancellationToken cancellationToken)
    {
        var figures = await statistics.ForAsync(period.From, period.To, cancellationToken);
        var corruptionKinds = options.KindsOrDefault.Where(k => k.Category == ComplaintCategory.Corruption).Select(k => k.Name).ToHashSet();
        return new ComplaintReport(
            organization.Name,
            period,
            calendar.Today,
            figures,
            [.. figures.ByKind.Where(k => !corruptionKinds.Contains(k.Name))],
            [.. figures.ByUnit.Where(u => u.Name != ComplaintStatistics.CorruptionDesk)]);
    }
}
