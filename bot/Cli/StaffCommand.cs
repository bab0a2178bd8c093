using System.Globalization;
using ItaBot.Bot.Hosting;
using ItaBot.Core.Calendar;
using ItaBot.Core.Messaging;
using ItaBot.Core.People;
using ItaBot.Core.Persistence;

namespace ItaBot.Bot.Cli;

/// <summary>
/// <c>staff invite|list|change|code|unlink|revoke</c>: the people the organisation names, for an administrator at the
/// server. Each change counts from the person's next message.
/// </summary>
internal sealed class StaffCommand(Terminal terminal)
{
    private const string Usage = """
        ใช้ / usage:
          staff invite --name NAME --role staff|manager|admin [--unit UNIT[,UNIT]] [--integrity-officer yes] [--position ตำแหน่ง] [--new-unit yes]
          staff list [--all yes]
          staff change ID [--role ROLE] [--unit UNIT[,UNIT]] [--integrity-officer yes|no] [--position ตำแหน่ง] [--new-unit yes]
          a unit no complaint kind and no measure names is asked about first (--new-unit yes: keep it without asking)
          staff code ID       a new one-time code (earlier unused codes stop working)
          staff unlink ID     the LINE account becomes a citizen's; the person may link again
          staff revoke ID     no longer one of the organisation's people
        """;

    public static Task<int> RunAsync(string[] args, Terminal terminal) => new StaffCommand(terminal).RunAsync(args);

    private async Task<int> RunAsync(string[] args)
    {
        using var host = ConsoleHost.Build(terminal, builder => builder.AddLineOutbox());
        await host.Services.MigrateDatabaseAsync(CancellationToken.None);
        await using var scope = host.Services.CreateAsyncScope();
        var people = scope.ServiceProvider.GetRequiredService<PeopleDirectory>();
        var calendar = scope.ServiceProvider.GetRequiredService<FiscalCalendar>();
        var units = scope.ServiceProvider.GetRequiredService<KnownUnits>();
        return args switch
        {
            ["invite", .. var rest] => await InviteAsync(people, calendar, units, CommandOptions.Parse(rest, "--name", "--role", "--unit", "--integrity-officer", "--position", "--new-unit")),
            ["list", .. var rest] => await ListAsync(people, CommandOptions.Parse(rest, "--all")),
            ["change", var id, .. var rest] => await ChangeAsync(people, units, Id(id), CommandOptions.Parse(rest, "--role", "--unit", "--integrity-officer", "--position", "--new-unit")),
            ["code", var id] => await CodeAsync(people, calendar, Id(id)),
            ["unlink", var id] => Done(await LeaveAsync(scope.ServiceProvider, Id(id), people.UnlinkAsync), id, "ยกเลิกการเชื่อมบัญชี LINE แล้ว / unlinked"),
            ["revoke", var id] => Done(await LeaveAsync(scope.ServiceProvider, Id(id), people.RevokeAsync), id, "เพิกถอนสิทธิ์แล้ว / revoked"),
            _ => throw new UsageException(Usage),
        };
    }

    private async Task<int> InviteAsync(PeopleDirectory people, FiscalCalendar calendar, KnownUnits known, CommandOptions options)
    {
        var name = options["--name"] is { Length: > 0 } n && !string.IsNullOrWhiteSpace(n) ? n : throw new UsageException("ต้องระบุ --name / --name is required\n" + Usage);
        var role = StaffRole(options["--role"]) ?? throw new UsageException("ต้องระบุ --role / --role is required\n" + Usage);
        var units = UnitList.Parse(options["--unit"]);
        if (!await ConfirmUnitsAsync(known, units, options))
        {
            return 1;
        }

        var invitation = await people.InviteAsync(name, role, units, YesNo(options["--integrity-officer"]) ?? false, CancellationToken.None, options["--position"]);
        terminal.Out.WriteLine($"เพิ่ม {Describe(invitation.Person)} แล้ว / added as person {invitation.Person.Id}");
        WriteCode(invitation, calendar);
        return 0;
    }

    /// <summary>Unlinks or revokes the person; the LINE account they used sees the citizens' menu again (sent by the server).</summary>
    private static async Task<Person?> LeaveAsync(IServiceProvider services, int id, Func<int, CancellationToken, Task<Person?>> leave)
    {
        var people = services.GetRequiredService<PeopleDirectory>();
        var account = (await people.ListAsync(includeRevoked: true, CancellationToken.None)).SingleOrDefault(p => p.Id == id)?.LineUserId;
        var person = await leave(id, CancellationToken.None);
        if (account is not null)
        {
            services.GetRequiredService<IMessenger>().ShowMenu(account, staff: false);
            await services.GetRequiredService<ItaBotDbContext>().SaveChangesAsync();
        }

        return person;
    }

    private async Task<int> CodeAsync(PeopleDirectory people, FiscalCalendar calendar, int id)
    {
        var invitation = await people.ReinviteAsync(id, CancellationToken.None);
        if (invitation is null)
        {
            return NotFound(id.ToString(CultureInfo.InvariantCulture));
        }

        WriteCode(invitation, calendar);
        return 0;
    }

    private async Task<int> ListAsync(PeopleDirectory people, CommandOptions options)
    {
        var list = await people.ListAsync(YesNo(options["--all"]) ?? false, CancellationToken.None);
        if (list.Count == 0)
        {
            terminal.Out.WriteLine("ยังไม่มีรายชื่อ / nobody yet — staff invite --name NAME --role ROLE --unit UNIT");
            return 0;
        }

        foreach (var person in list)
        {
            var state = person.RevokedAt is not null ? "เพิกถอนแล้ว / revoked"
                : person.LineUserId is not null ? "เชื่อม LINE แล้ว / linked"
                : "ยังไม่เชื่อม LINE / not linked";
            terminal.Out.WriteLine($"{person.Id,4}  {Describe(person)}  {state}");
        }

        return 0;
    }

    private async Task<int> ChangeAsync(PeopleDirectory people, KnownUnits known, int id, CommandOptions options)
    {
        var role = StaffRole(options["--role"]);
        var units = options["--unit"] is { } unit ? UnitList.Parse(unit) : null;
        if (units is not null && !await ConfirmUnitsAsync(known, units, options))
        {
            return 1;
        }

        var changed = await people.ChangeAsync(id, role, units, YesNo(options["--integrity-officer"]), CancellationToken.None, options["--position"]);
        return changed is null ? NotFound(id.ToString(CultureInfo.InvariantCulture)) : Done(changed, null, "แก้ไขแล้ว / changed");
    }

    /// <summary>
    /// A unit nothing names would route nothing to the person, so it is asked about: yes keeps it, anything else (or
    /// the end of piped input) changes nothing.
    /// </summary>
    private async Task<bool> ConfirmUnitsAsync(KnownUnits known, IReadOnlyList<string> units, CommandOptions options)
    {
        var all = await known.AllAsync(CancellationToken.None);
        var unknown = units.Where(u => !all.Contains(u, StringComparer.Ordinal)).ToList();
        if (unknown.Count == 0 || YesNo(options["--new-unit"]) == true)
        {
            return true;
        }

        var named = string.Join(", ", all);
        terminal.Out.WriteLine($"ไม่มีประเภทเรื่องร้องเรียนหรือมาตรการใดระบุหน่วยงาน {string.Join(", ", unknown)} / no complaint kind or measure names it");
        terminal.Out.WriteLine($"หน่วยงานที่มี / units named: {named}");
        terminal.Out.Write("สร้างเป็นหน่วยงานใหม่? / keep it as a new unit? [y/N] ");
        var answer = (await terminal.In.ReadLineAsync())?.Trim().ToLowerInvariant();
        terminal.Out.WriteLine();
        if (answer is "y" or "yes" or "ใช่")
        {
            return true;
        }

        terminal.Out.WriteLine("ไม่ได้บันทึก / nothing changed");
        return false;
    }

    private void WriteCode(Invitation invitation, FiscalCalendar calendar)
    {
        var expires = $"{ThaiDate.FormatShort(calendar.DateOf(invitation.ExpiresAt))} {calendar.TimeOf(invitation.ExpiresAt).ToString("HH:mm", CultureInfo.InvariantCulture)} น.";
        terminal.Out.WriteLine($"รหัสลงทะเบียน / link code: {invitation.Code}");
        terminal.Out.WriteLine($"ใช้ได้ครั้งเดียว ถึง {expires} / single use, expires {invitation.ExpiresAt:yyyy-MM-dd HH:mm} UTC");
        terminal.Out.WriteLine($"ให้ส่งข้อความ \"ลงทะเบียน {invitation.Code}\" ถึงบัญชี LINE ของหน่วยงาน / send it to the LINE account as: register {invitation.Code}");
    }

    private int Done(Person? person, string? id, string what)
    {
        if (person is null)
        {
            return NotFound(id!);
        }

        terminal.Out.WriteLine($"{person.Id}  {Describe(person)}: {what}");
        return 0;
    }

    private int NotFound(string id)
    {
        terminal.Error.WriteLine($"ไม่พบบุคคลหมายเลข {id} / no person {id}");
        return 1;
    }

    private static string Describe(Person person)
    {
        var units = person.Units.Count == 0 ? "" : " · " + string.Join(", ", person.Units);
        var officer = person.IsIntegrityOfficer ? " · รับเรื่องทุจริต" : "";
        var position = person.Position is { } p ? $" · {p}" : "";
        return $"{person.Name} ({person.Role.Thai()}{units}{officer}{position})";
    }

    private static int Id(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : throw new UsageException($"ID ต้องเป็นตัวเลข / ID must be a number (got '{text}')");

    private static Role? StaffRole(string? text) =>
        text is null ? null
        : RoleText.TryParse(text, out var role) && role != Role.Citizen ? role
        : throw new UsageException($"--role ต้องเป็น staff, manager หรือ admin / --role must be staff, manager or admin (got '{text}')");

    private static bool? YesNo(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        null => null,
        "yes" or "y" or "true" or "ใช่" => true,
        "no" or "n" or "false" or "ไม่" => false,
        _ => throw new UsageException($"ต้องเป็น yes หรือ no / must be yes or no (got '{text}')"),
    };
}
