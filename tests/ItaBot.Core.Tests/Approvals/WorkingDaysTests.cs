using ItaBot.Core.Approvals;

namespace ItaBot.Core.Tests.Approvals;

public class WorkingDaysTests
{
    [Theory]
    [InlineData("2025-03-03", "2025-03-06", 3)] // Monday to Thursday
    [InlineData("2025-03-07", "2025-03-12", 3)] // Friday to Wednesday: the weekend does not count
    [InlineData("2025-03-08", "2025-03-10", 1)] // Saturday to Monday
    [InlineData("2025-03-03", "2025-03-03", 0)]
    public void A_steps_wait_counts_Monday_to_Friday_after_the_day_it_began(string from, string to, int days) =>
        Assert.Equal(days, ApprovalDesk.WorkingDaysBetween(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture)));
}
