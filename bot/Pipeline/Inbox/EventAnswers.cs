using ItaBot.Bot.Cards;
using ItaBot.Bot.Conversation;
using ItaBot.Bot.Dialogs;
using ItaBot.Bot.Line.Client;
using ItaBot.Bot.Line.Webhook;
using ItaBot.Core.People;

namespace ItaBot.Bot.Pipeline.Inbox;

/// <summary>
/// Decides what, if anything, to answer to one webhook event. In a one-to-one chat every message gets an answer. In a
/// group or room the bot speaks only when @mentioned (and once when it joins), and then as to a citizen: the others in
/// the group read the answer, so nothing for staff only is shown there.
/// </summary>
public sealed partial class EventAnswers(
    TurnRouter router, HelpAnswers help, PeopleDirectory people, LineMessagingClient line, ILogger<EventAnswers> logger)
{
    public async Task<Reply?> AnswerAsync(WebhookEvent e, CancellationToken cancellationToken)
    {
        if (e.IsStandby)
        {
            return null;
        }

        return e switch
        {
            MessageEvent { Source: UserSource { UserId: { } user }, Message: var message } =>
                await router.RespondAsync(new Turn(await MemberAsync(user, cancellationToken), InputOf(message)), cancellationToken),
            MessageEvent { Source: (GroupSource or RoomSource) and { } group, Message: TextMessageContent { MentionsSelf: true } text } =>
                await router.RespondAsync(new Turn(Member.Citizen(group.UserId ?? group.ChatId!), WithoutMentions(text), inGroup: true), cancellationToken),
            PostbackEvent { Source: { } source, Postback.Data: { Length: > 0 } data } =>
                await router.RespondAsync(new Turn(source is UserSource ? await MemberAsync(source.UserId!, cancellationToken) : Member.Citizen(source.UserId ?? source.ChatId!), new TextInput(data), source is not UserSource), cancellationToken),
            FollowEvent { Source.UserId: { } user } =>
                help.Welcome((await MemberAsync(user, cancellationToken)).Role, await DisplayNameAsync(user, cancellationToken)),
            JoinEvent => help.GroupIntroduction(),
            _ => null,
        };
    }

    private Task<Member> MemberAsync(string userId, CancellationToken cancellationToken) => people.MemberAsync(userId, cancellationToken);

    private static TurnInput InputOf(MessageContent? message) => message switch
    {
        TextMessageContent text => new TextInput(text.Text),
        ImageMessageContent image => new PhotoInput(image.Id),
        LocationMessageContent place => new LocationInput(place.Title, place.Address, place.Latitude, place.Longitude),
        _ => new OtherInput(message?.GetType().Name ?? "none"),
    };

    /// <summary>The text without the @mentions in it, so "@ItaBot ติดต่อเทศบาล" reads as "ติดต่อเทศบาล".</summary>
    private static string WithoutMentions(TextMessageContent text)
    {
        var result = text.Text;
        foreach (var mention in text.Mention!.Mentionees.OrderByDescending(m => m.Index))
        {
            if (mention.Index >= 0 && mention.Length > 0 && mention.Index + mention.Length <= result.Length)
            {
                result = result.Remove(mention.Index, mention.Length);
            }
        }

        return result.Trim();
    }

    /// <summary>The name to greet by; a welcome without it is better than none, so a failure is only logged.</summary>
    private async Task<string?> DisplayNameAsync(string userId, CancellationToken cancellationToken)
    {
        try
        {
            return (await line.GetProfileAsync(userId, cancellationToken)).DisplayName;
        }
        catch (Exception e) when (e is LineApiException or HttpRequestException or TimeoutException)
        {
            var reason = e.GetType().Name;
            LogNoProfile(logger, reason);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Welcomed a new follower without a name: the profile could not be read ({Reason})")]
    private static partial void LogNoProfile(ILogger logger, string reason);
}
