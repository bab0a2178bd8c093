using ItaBot.Core.People;
using ItaBot.Core.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace ItaBot.Bot.Tests.Support;

/// <summary>
/// People already linked, written straight into a bot's database, for tests about what linked people can do. The
/// linking itself (codes, ลงทะเบียน) is tested on its own.
/// </summary>
public static class TestPeople
{
    /// <summary>กองคลัง is responsible for measure 4 of the demo plan.</summary>
    public const string FinanceUnit = "กองคลัง";

    public static async Task<int> LinkAsync(IServiceProvider services, string userId, Role role, params string[] units)
    {
        using var scope = services.CreateScope();
        return await LinkAsync(scope.ServiceProvider.GetRequiredService<ItaBotDbContext>(), userId, role, units);
    }

    /// <summary>The same, on the database a bot process uses (after it has created the tables).</summary>
    public static async Task<int> LinkAsync(TestDatabase database, string userId, Role role, params string[] units)
    {
        await using var db = database.NewContext();
        return await LinkAsync(db, userId, role, units);
    }

    private static async Task<int> LinkAsync(ItaBotDbContext db, string userId, Role role, string[] units)
    {
        var person = new Person
        {
            Name = $"ทดสอบ {userId[^4..]}",
            Role = role,
            Units = [.. units],
            LineUserId = userId,
            InvitedAt = DateTimeOffset.UtcNow,
            LinkedAt = DateTimeOffset.UtcNow,
        };
        db.People.Add(person);
        await db.SaveChangesAsync();
        return person.Id;
    }
}
