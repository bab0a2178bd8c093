using ItaBot.Bot.Hosting;
using ItaBot.Bot.Line;
using ItaBot.Bot.Line.Client;
using ItaBot.Bot.Line.RichMenu;
using ItaBot.Core.People;
using Microsoft.Extensions.Options;

namespace ItaBot.Bot.Cli;

/// <summary>
/// <c>line richmenu</c>: sets up the channel's two rich menus — the citizens' as the default, the staff's under its
/// alias — and shows the staff's to everyone already linked; people who link later get it when they do.
/// </summary>
internal static class LineCommand
{
    private const string Usage = "ใช้: line richmenu [--image FILE] [--staff-image FILE] / usage: line richmenu [--image FILE] [--staff-image FILE]";

    public static async Task<int> RunAsync(string[] args, Terminal terminal)
    {
        if (args is not ["richmenu", .. var rest])
        {
            throw new UsageException(Usage);
        }

        var options = CommandOptions.Parse(rest, "--image", "--staff-image");
        using var host = ConsoleHost.Build(terminal, builder => builder.AddLineClient());
        if (!host.Services.GetRequiredService<IOptions<LineOptions>>().Value.IsConfigured)
        {
            await terminal.Error.WriteLineAsync("ยังไม่ได้ตั้งค่า Line:ChannelSecret และ Line:ChannelAccessToken / set Line:ChannelSecret and Line:ChannelAccessToken first");
            return 1;
        }

        await host.Services.MigrateDatabaseAsync(CancellationToken.None);
        var line = host.Services.GetRequiredService<LineMessagingClient>();
        try
        {
            var citizens = await CreateAsync(line, RichMenuDesign.Citizens, options["--image"]);
            await line.SetDefaultRichMenuAsync(citizens, CancellationToken.None);
            terminal.Out.WriteLine($"ตั้งเมนูหลักแล้ว / default rich menu set: {citizens} ({string.Join(", ", RichMenuDesign.Citizens.Items)})");

            var staff = await CreateAsync(line, RichMenuDesign.Staff, options["--staff-image"]);
            await line.SetRichMenuAliasAsync(RichMenuDesign.StaffAlias, staff, CancellationToken.None);
            await using var scope = host.Services.CreateAsyncScope();
            var linked = await scope.ServiceProvider.GetRequiredService<PeopleDirectory>().LinkedAsync(CancellationToken.None);
            foreach (var person in linked)
            {
                await line.LinkRichMenuAsync(person.LineUserId!, staff, CancellationToken.None);
            }

            terminal.Out.WriteLine($"ตั้งเมนูเจ้าหน้าที่แล้ว ให้ {linked.Count} คนที่เชื่อมบัญชีไว้ / staff rich menu set: {staff} ({string.Join(", ", RichMenuDesign.Staff.Items)}), shown to {linked.Count} linked");
            return 0;
        }
        catch (Exception e) when (e is LineApiException or HttpRequestException or TimeoutException)
        {
            await terminal.Error.WriteLineAsync($"ตั้งเมนูไม่สำเร็จ / could not set the rich menu: {e.Message}");
            return 1;
        }
    }

    /// <summary>Creates the menu and uploads its picture (the design's own, or the PNG or JPEG file given).</summary>
    private static async Task<string> CreateAsync(LineMessagingClient line, RichMenuDesign design, string? file)
    {
        var image = file is null ? design.Image() : await File.ReadAllBytesAsync(file);
        var contentType = file?.EndsWith(".jpg", StringComparison.OrdinalIgnoreCase) == true
            || file?.EndsWith(".jpeg", StringComparison.OrdinalIgnoreCase) == true ? "image/jpeg" : RichMenuDesign.ImageContentType;
        var id = await line.CreateRichMenuAsync(design.Request(), CancellationToken.None);
        await line.UploadRichMenuImageAsync(id, image, contentType, CancellationToken.None);
        return id;
    }
}
