using ItaBot.Core.Calendar;
using ItaBot.Core.Persistence;
using ItaBot.Core.Plans;
using ItaBot.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ItaBot.Core.Tests.Plans;

/// <summary>Two bot processes starting at once on one empty database: both find no plan, and both go to load the demo plan.</summary>
public sealed class DemoPlanLoadingTests
{
    [Fact]
    public async Task A_process_whose_demo_plan_another_loaded_first_carries_on_with_that_one()
    {
        await using var database = await TestDatabase.CreateAsync();
        var other = new OtherProcessLoadsFirst(database);
        await using var db = database.Open(other);
        var initializer = Initializer(db);

        await initializer.LoadDemoPlanIfEmptyAsync(CancellationToken.None);

        Assert.True(other.Loaded);
        await using var check = database.Open();
        Assert.Equal(10, await check.Measures.CountAsync());
        Assert.Equal(1, await check.Plans.CountAsync());
    }

    [Fact]
    public async Task A_failure_to_load_it_that_leaves_no_plan_is_not_hidden()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.Open(new FailingSave());
        var initializer = Initializer(db);

        await Assert.ThrowsAsync<DbUpdateException>(() => initializer.LoadDemoPlanIfEmptyAsync(CancellationToken.None));
    }

    private static readonly FiscalCalendar Calendar = new(TimeProvider.System, TimeZones.Find(TimeZones.Bangkok));

    private static DatabaseInitializer Initializer(ItaBotDbContext db) => new(db, new PlanImporter(db, TimeProvider.System), Calendar, TimeProvider.System);

    /// <summary>Just before this process saves its demo plan, the other process saves its own.</summary>
    private sealed class OtherProcessLoadsFirst(TestDatabase database) : SaveChangesInterceptor
    {
        public bool Loaded { get; private set; }

        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
            DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (!Loaded)
            {
                Loaded = true;
                await using var other = database.Open();
                await new PlanImporter(other, TimeProvider.System).ImportAsync(DemoPlan.ForYear(Calendar.CurrentYear.BuddhistYear, TimeProvider.System.GetUtcNow()), cancellationToken);
            }

            return result;
        }
    }

    private sealed class FailingSave : SaveChangesInterceptor
    {
        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
            DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
            throw new DbUpdateException("the disk is full");
    }
}
