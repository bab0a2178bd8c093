using ItaBot.Core.People;
using ItaBot.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Core.Tests.People;

public class PeopleDirectoryTests
{
    private const string Somsri = "U0000000000000000000000000000s001";
    private const string Stranger = "U0000000000000000000000000000x999";

    private readonly FixedTime clock = new(new DateTimeOffset(2025, 5, 1, 9, 0, 0, TimeSpan.FromHours(7)));

    [Fact]
    public async Task An_invited_person_who_sends_their_code_is_linked_with_their_name_role_and_units()
    {
        await using var database = await TestDatabase.CreateAsync();
        var invitation = await InviteAsync(database, "สมศรี ใจดี", Role.Staff, "กองคลัง");

        var result = await LinkAsync(database, Somsri, invitation.Code);

        var linked = Assert.IsType<LinkResult.Linked>(result);
        Assert.Equal("สมศรี ใจดี", linked.Person.Name);
        var member = await MemberAsync(database, Somsri);
        Assert.Equal((Role.Staff, "สมศรี ใจดี", "กองคลัง"), (member.Role, member.Name, Assert.Single(member.Units)));
    }

    [Fact]
    public async Task A_code_is_ten_unambiguous_characters_and_is_typed_in_any_case_with_or_without_the_dash()
    {
        await using var database = await TestDatabase.CreateAsync();
        var invitation = await InviteAsync(database, "สมศรี", Role.Staff, "กองคลัง");

        Assert.Matches("^[A-HJKMNP-Z2-9]{5}-[A-HJKMNP-Z2-9]{5}$", invitation.Code);
        var typed = " " + invitation.Code.Replace("-", " ", StringComparison.Ordinal).ToLowerInvariant();
        Assert.IsType<LinkResult.Linked>(await LinkAsync(database, Somsri, typed));
    }

    [Fact]
    public async Task Only_a_hash_of_the_code_is_stored()
    {
        await using var database = await TestDatabase.CreateAsync();
        var invitation = await InviteAsync(database, "สมศรี", Role.Staff, "กองคลัง");

        await using var db = database.Open();
        var stored = await db.LinkCodes.SingleAsync();
        Assert.DoesNotContain(PeopleDirectory.Normalize(invitation.Code), stored.CodeHash, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(64, stored.CodeHash.Length);
    }

    [Fact]
    public async Task A_wrong_code_links_nobody()
    {
        await using var database = await TestDatabase.CreateAsync();
        await InviteAsync(database, "สมศรี", Role.Staff, "กองคลัง");

        Assert.IsType<LinkResult.WrongCode>(await LinkAsync(database, Somsri, "AAAAA-BBBBB"));
        Assert.Equal(Role.Citizen, (await MemberAsync(database, Somsri)).Role);
    }

    [Fact]
    public async Task A_code_works_for_seven_days_and_not_a_minute_more()
    {
        await using var database = await TestDatabase.CreateAsync();
        var first = await InviteAsync(database, "สมศรี", Role.Staff, "กองคลัง");
        var second = await InviteAsync(database, "สมชาย", Role.Manager);

        clock.Now += TimeSpan.FromDays(7) - TimeSpan.FromMinutes(1);
        Assert.IsType<LinkResult.Linked>(await LinkAsync(database, Somsri, first.Code));
        clock.Now += TimeSpan.FromMinutes(1);
        Assert.IsType<LinkResult.Expired>(await LinkAsync(database, Stranger, second.Code));
    }

    [Fact]
    public async Task A_used_code_does_not_link_a_second_account_but_answers_its_own_account_as_before()
    {
        await using var database = await TestDatabase.CreateAsync();
        var invitation = await InviteAsync(database, "สมศรี", Role.Staff, "กองคลัง");
        await LinkAsync(database, Somsri, invitation.Code);

        Assert.IsType<LinkResult.AlreadyUsed>(await LinkAsync(database, Stranger, invitation.Code));
        Assert.IsType<LinkResult.Linked>(await LinkAsync(database, Somsri, invitation.Code));
        Assert.Equal(Role.Citizen, (await MemberAsync(database, Stranger)).Role);
    }

    [Fact]
    public async Task Two_accounts_sending_the_same_code_at_once_link_exactly_one()
    {
        await using var database = await TestDatabase.CreateAsync();
        var invitation = await InviteAsync(database, "สมศรี", Role.Staff, "กองคลัง");

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => LinkAsync(database, $"U{i:D32}", invitation.Code)));

        Assert.Single(results, r => r is LinkResult.Linked);
        Assert.Equal(5, results.Count(r => r is LinkResult.AlreadyUsed));
        await using var db = database.Open();
        Assert.NotNull((await db.People.SingleAsync()).LineUserId);
    }

    [Fact]
    public async Task Five_failures_in_fifteen_minutes_stop_even_a_right_code_until_the_window_passes()
    {
        await using var database = await TestDatabase.CreateAsync();
        var invitation = await InviteAsync(database, "สมศรี", Role.Staff, "กองคลัง");
        for (var i = 0; i < PeopleDirectory.MaxFailures; i++)
        {
            Assert.IsType<LinkResult.WrongCode>(await LinkAsync(database, Somsri, $"WRONG-{i}"));
            clock.Now += TimeSpan.FromMinutes(1);
        }

        var throttled = Assert.IsType<LinkResult.Throttled>(await LinkAsync(database, Somsri, invitation.Code));
        Assert.Equal(clock.Now - TimeSpan.FromMinutes(5) + PeopleDirectory.FailureWindow, throttled.Until);
        Assert.IsType<LinkResult.WrongCode>(await LinkAsync(database, Stranger, "WRONG-X"));

        clock.Now = throttled.Until;
        Assert.IsType<LinkResult.Linked>(await LinkAsync(database, Somsri, invitation.Code));
    }

    [Fact]
    public async Task Revoking_makes_the_account_a_citizen_at_once_and_its_unused_codes_stop_working()
    {
        await using var database = await TestDatabase.CreateAsync();
        var linked = await InviteAsync(database, "สมศรี", Role.Staff, "กองคลัง");
        await LinkAsync(database, Somsri, linked.Code);
        var pending = await InviteAsync(database, "สมชาย", Role.Staff, "กองช่าง");

        await WithDirectoryAsync(database, d => d.RevokeAsync(linked.Person.Id, CancellationToken.None));
        await WithDirectoryAsync(database, d => d.RevokeAsync(pending.Person.Id, CancellationToken.None));

        Assert.Equal(Role.Citizen, (await MemberAsync(database, Somsri)).Role);
        Assert.IsType<LinkResult.WrongCode>(await LinkAsync(database, Stranger, pending.Code));
        var everyone = await WithDirectoryAsync(database, d => d.ListAsync(includeRevoked: true, CancellationToken.None));
        Assert.Equal(2, everyone.Count);
        Assert.Empty(await WithDirectoryAsync(database, d => d.ListAsync(includeRevoked: false, CancellationToken.None)));
    }

    [Fact]
    public async Task A_change_of_role_or_unit_counts_from_the_next_message_and_unlinking_frees_the_account()
    {
        await using var database = await TestDatabase.CreateAsync();
        var invitation = await InviteAsync(database, "สมศรี", Role.Staff, "กองคลัง");
        await LinkAsync(database, Somsri, invitation.Code);

        await WithDirectoryAsync(database, d => d.ChangeAsync(invitation.Person.Id, Role.Manager, ["สำนักปลัด"], null, CancellationToken.None));
        var changed = await MemberAsync(database, Somsri);
        Assert.Equal((Role.Manager, "สำนักปลัด"), (changed.Role, changed.Units.Single()));

        await WithDirectoryAsync(database, d => d.UnlinkAsync(invitation.Person.Id, CancellationToken.None));
        Assert.Equal(Role.Citizen, (await MemberAsync(database, Somsri)).Role);
        var again = await WithDirectoryAsync(database, d => d.ReinviteAsync(invitation.Person.Id, CancellationToken.None));
        Assert.IsType<LinkResult.Linked>(await LinkAsync(database, Somsri, again!.Code));
    }

    [Fact]
    public async Task A_new_code_for_a_person_retires_their_earlier_unused_code()
    {
        await using var database = await TestDatabase.CreateAsync();
        var first = await InviteAsync(database, "สมศรี", Role.Staff, "กองคลัง");

        var second = await WithDirectoryAsync(database, d => d.ReinviteAsync(first.Person.Id, CancellationToken.None));

        Assert.IsType<LinkResult.Expired>(await LinkAsync(database, Somsri, first.Code));
        Assert.IsType<LinkResult.Linked>(await LinkAsync(database, Somsri, second!.Code));
    }

    [Fact]
    public async Task An_account_linked_with_a_second_code_moves_to_that_person()
    {
        await using var database = await TestDatabase.CreateAsync();
        var old = await InviteAsync(database, "สมศรี (เดิม)", Role.Staff, "กองคลัง");
        var current = await InviteAsync(database, "สมศรี", Role.Manager, "กองคลัง");
        await LinkAsync(database, Somsri, old.Code);

        await LinkAsync(database, Somsri, current.Code);

        Assert.Equal("สมศรี", (await MemberAsync(database, Somsri)).Name);
        await using var db = database.Open();
        Assert.Null((await db.People.SingleAsync(p => p.Id == old.Person.Id)).LineUserId);
    }

    [Fact]
    public async Task Corruption_reports_go_to_the_flagged_integrity_officers_or_else_to_the_managers_of_the_palat_office()
    {
        await using var database = await TestDatabase.CreateAsync();
        var palat = await InviteAsync(database, "ปลัดเทศบาล", Role.Manager, PeopleDirectory.PalatUnit);
        var finance = await InviteAsync(database, "ผอ.กองคลัง", Role.Manager, "กองคลัง");
        await LinkAsync(database, "U" + new string('1', 32), palat.Code);
        await LinkAsync(database, "U" + new string('2', 32), finance.Code);

        var byDefault = await WithDirectoryAsync(database, d => d.IntegrityOfficersAsync(CancellationToken.None));
        Assert.Equal(["ปลัดเทศบาล"], byDefault.Select(p => p.Name));

        await WithDirectoryAsync(database, d => d.ChangeAsync(finance.Person.Id, null, null, true, CancellationToken.None));
        var flagged = await WithDirectoryAsync(database, d => d.IntegrityOfficersAsync(CancellationToken.None));
        Assert.Equal(["ผอ.กองคลัง"], flagged.Select(p => p.Name));
    }

    private Task<Invitation> InviteAsync(TestDatabase database, string name, Role role, params string[] units) =>
        WithDirectoryAsync(database, d => d.InviteAsync(name, role, units, integrityOfficer: false, CancellationToken.None));

    private Task<LinkResult> LinkAsync(TestDatabase database, string userId, string code) =>
        WithDirectoryAsync(database, d => d.LinkAsync(userId, code, CancellationToken.None));

    private Task<Member> MemberAsync(TestDatabase database, string userId) =>
        WithDirectoryAsync(database, d => d.MemberAsync(userId, CancellationToken.None));

    private async Task<T> WithDirectoryAsync<T>(TestDatabase database, Func<PeopleDirectory, Task<T>> use)
    {
        await using var db = database.Open();
        return await use(new PeopleDirectory(db, clock));
    }
}
