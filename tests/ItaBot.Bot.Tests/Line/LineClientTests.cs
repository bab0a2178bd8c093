using ItaBot.Bot.Line.Client;
using ItaBot.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ItaBot.Bot.Tests.Line;

/// <summary>The client's calls that the conversation does not make yet, against the fake LINE.</summary>
public sealed class LineClientTests : LineBotTest
{
    private LineMessagingClient Messaging => Bot.Services.GetRequiredService<LineMessagingClient>();

    [Fact]
    public async Task Content_a_user_sent_is_streamed_from_the_data_API()
    {
        await using var content = await Messaging.GetMessageContentAsync("325708", CancellationToken.None);
        using var bytes = new MemoryStream();
        await content.Stream.CopyToAsync(bytes);

        Assert.Equal("image/jpeg", content.ContentType);
        Assert.Equal([0xFF, 0xD8, 0xFF, 0xD9], bytes.ToArray());
        Assert.Single(Line.Calls("/v2/bot/message/325708/content"));
        Line.AssertContractKept();
    }

    [Fact]
    public async Task The_loading_animation_is_asked_for_in_steps_of_five_seconds()
    {
        await Messaging.ShowLoadingAnimationAsync(LineWebhook.CitizenUser, 12, CancellationToken.None);

        var call = Assert.Single(Line.Calls("/v2/bot/chat/loading/start"));
        Assert.Equal(10, call.Json.GetProperty("loadingSeconds").GetInt32());
        Assert.Equal(LineWebhook.CitizenUser, call.Json.GetProperty("chatId").GetString());
        Line.AssertContractKept();
    }

    [Fact]
    public async Task A_profile_LINE_does_not_have_is_an_error_with_LINEs_message()
    {
        Line.Server.Given(WireMock.RequestBuilders.Request.Create().WithPath("/v2/bot/profile/Unobody").UsingGet()).AtPriority(1)
            .RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(404).WithBody("""{"message":"Not found"}"""));

        var error = await Assert.ThrowsAsync<LineApiException>(() => Messaging.GetProfileAsync("Unobody", CancellationToken.None));

        Assert.Equal(System.Net.HttpStatusCode.NotFound, error.Status);
        Assert.Equal("Not found", error.Error?.Message);
        Assert.False(error.IsTransient);
    }

}
