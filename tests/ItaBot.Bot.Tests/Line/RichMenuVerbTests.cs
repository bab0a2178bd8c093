using ItaBot.Bot.Line.RichMenu;
using ItaBot.Bot.Tests.Support;

namespace ItaBot.Bot.Tests.Line;

public sealed class RichMenuVerbTests : IDisposable
{
    private readonly LineFake line = new();
    private readonly TempDatabaseFile database = TempDatabaseFile.Prepared();

    [Fact]
    public async Task Line_richmenu_makes_the_citizens_menu_the_default_and_shows_the_staff_menu_to_those_linked()
    {
        await TestPeople.LinkAsync(database, LineWebhook.StaffUser, ItaBot.Core.People.Role.Staff, "กองคลัง");

        var result = await RunAsync(LineWebhook.Settings(line));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("richmenu-0001", result.Output, StringComparison.Ordinal);
        var calls = line.AllCalls;
        Assert.Equal(
            [
                "/v2/bot/richmenu", "/v2/bot/richmenu/richmenu-0001/content", "/v2/bot/user/all/richmenu/richmenu-0001",
                "/v2/bot/richmenu", "/v2/bot/richmenu/richmenu-0002/content", "/v2/bot/richmenu/alias",
                $"/v2/bot/user/{LineWebhook.StaffUser}/richmenu/richmenu-0002",
            ],
            calls.Select(c => c.Path));
        Assert.Contains("shown to 1 linked", result.Output, StringComparison.Ordinal);
        var areas = calls[0].Json.GetProperty("areas").EnumerateArray().Select(a => a.GetProperty("action").GetProperty("text").GetString()!).ToList();
        Assert.Equal(RichMenuDesign.Citizens.Items, areas);
        Assert.Equal("image/png", calls[1].ContentType);
        line.AssertContractKept();
    }

    public static TheoryData<string> Designs => ["citizens", "staff"];

    [Theory]
    [MemberData(nameof(Designs))]
    public void The_areas_tile_the_whole_picture_without_overlapping(string name)
    {
        var design = name == "staff" ? RichMenuDesign.Staff : RichMenuDesign.Citizens;
        var menu = design.Request();

        Assert.Equal(RichMenuDesign.Width * RichMenuDesign.Height, menu.Areas.Sum(a => a.Bounds.Width * a.Bounds.Height));
        Assert.All(menu.Areas, a => Assert.True(a.Bounds.X + a.Bounds.Width <= RichMenuDesign.Width && a.Bounds.Y + a.Bounds.Height <= RichMenuDesign.Height));
        var image = design.Image();
        Assert.True(image.Length < 1024 * 1024, "LINE takes a picture of at most 1 MB");
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], image[..4]);

        // The PNG header's own width and height, big-endian at bytes 16 and 20.
        Assert.Equal(RichMenuDesign.Width, (image[16] << 24) | (image[17] << 16) | (image[18] << 8) | image[19]);
        Assert.Equal(RichMenuDesign.Height, (image[20] << 24) | (image[21] << 16) | (image[22] << 8) | image[23]);
    }

    [Fact]
    public async Task Without_the_channel_settings_it_says_what_to_set_and_sends_nothing()
    {
        var result = await RunAsync(new Dictionary<string, string?>());

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Line:ChannelAccessToken", result.Error, StringComparison.Ordinal);
        Assert.Empty(line.AllCalls);
    }

    public void Dispose()
    {
        line.Dispose();
        database.Dispose();
    }

    private Task<BotProcess.Result> RunAsync(IReadOnlyDictionary<string, string?> settings) =>
        BotVerb.RunAsync(database, settings, "", "line", "richmenu");
}
