using ItaBot.Bot.Hosting;
using ItaBot.Bot.Line;
using ItaBot.Bot.Line.Client;
using ItaBot.Bot.Line.RichMenu;
using Microsoft.Extensions.Options;

namespace ItaBot.Bot.Cli;

/// <summary><c>line richmenu</c>: sets up the default rich menu on the channel (create, upload the picture, make default).</summary>
internal static class LineCommand
{
    public static async Task<int> RunAsync(string[] args, Terminal terminal)
    {
        if (args is not ["richmenu", .. var rest])
        {
            throw new UsageException("ใช้: line richmenu [--image FILE] / usage: line richmenu [--image FILE]");
        }

        var options = CommandOptions.Parse(rest, "--image");
        using var host = ConsoleHost.Build(terminal, builder => builder.AddLineClient());
        if (!host.Services.GetRequiredService<IOptions<LineOptions>>().Value.IsConfigured)
        {
            await terminal.Error.WriteLineAsync("ยังไม่ได้ตั้งค่า Line:ChannelSecret และ Line:ChannelAccessToken / set Line:ChannelSecret and Line:ChannelAccessToken first");
            return 1;
        }

        var image = options["--image"] is { } file ? await File.ReadAllBytesAsync(file) : DefaultRichMenu.Image();
        var contentType = options["--image"]?.EndsWith(".jpg", StringComparison.OrdinalIgnoreCase) == true
            || options["--image"]?.EndsWith(".jpeg", StringComparison.OrdinalIgnoreCase) == true ? "image/jpeg" : DefaultRichMenu.ImageContentType;
        var line = host.Services.GetRequiredService<LineMessagingClient>();
        try
        {
            var id = await line.CreateRichMenuAsync(DefaultRichMenu.Request(), CancellationToken.None);
            await line.UploadRichMenuImageAsync(id, image, contentType, CancellationToken.None);
            await line.SetDefaultRichMenuAsync(id, CancellationToken.None);
            terminal.Out.WriteLine($"ตั้งเมนูหลักแล้ว / default rich menu set: {id} ({string.Join(", ", DefaultRichMenu.Items)})");
            return 0;
        }
        catch (Exception e) when (e is LineApiException or HttpRequestException or TimeoutException)
        {
            await terminal.Error.WriteLineAsync($"ตั้งเมนูไม่สำเร็จ / could not set the rich menu: {e.Message}");
            return 1;
        }
    }
}
