using System.Reflection;
using ItaBot.Bot.Web;
using ItaBot.Core.Persistence;
using ItaBot.Jobs;
using NetArchTest.Rules;

namespace ItaBot.Bot.Tests.Architecture;

/// <summary>
/// The dependency rules of DESIGN.md, held on the compiled assemblies: a forbidden reference that comes back fails here,
/// naming the types that make it. Inside the bot, whose folders are one assembly, the rules go by namespace.
/// </summary>
public class LayeringTests
{
    private static readonly Assembly Core = typeof(ItaBotDbContext).Assembly;
    private static readonly Assembly Jobs = typeof(IScheduledJob).Assembly;
    private static readonly Assembly Bot = typeof(BotWebApp).Assembly;

    public static TheoryData<string, string[]> BotRules => new()
    {
        // A pure adapter: webhook models and signature, the Messaging API client, Flex models, cards drawn as Flex.
        { "ItaBot.Bot.Line", ["ItaBot.Core", "ItaBot.Jobs", "ItaBot.Bot.Conversation", "ItaBot.Bot.Dialogs", "ItaBot.Bot.Pipeline", "ItaBot.Bot.Hosting", "ItaBot.Bot.Scheduling", "ItaBot.Bot.Cli", "ItaBot.Bot.Web", "Microsoft.EntityFrameworkCore"] },

        // The presentation model, under everything that builds or draws it.
        { "ItaBot.Bot.Cards", ["ItaBot.Bot.Conversation", "ItaBot.Bot.Dialogs", "ItaBot.Bot.Line", "ItaBot.Bot.Pipeline", "ItaBot.Bot.Hosting", "ItaBot.Bot.Cli"] },

        // Dialogs build cards and replies, never LINE's JSON, and know nothing of the router above them.
        { "ItaBot.Bot.Dialogs", ["ItaBot.Bot.Conversation", "ItaBot.Bot.Line", "ItaBot.Bot.Pipeline", "ItaBot.Bot.Hosting", "ItaBot.Bot.Cli", "ItaBot.Bot.Web"] },

        // The documents draw the domain's reports and know no channel, no conversation and no host.
        { "ItaBot.Bot.Documents", ["ItaBot.Bot.Line", "ItaBot.Bot.Conversation", "ItaBot.Bot.Dialogs", "ItaBot.Bot.Pipeline", "ItaBot.Bot.Hosting", "ItaBot.Bot.Cli", "ItaBot.Bot.Web", "Microsoft.AspNetCore"] },

        // The conversation is the same for every channel: LINE and the terminal.
        { "ItaBot.Bot.Conversation", ["ItaBot.Bot.Line", "ItaBot.Bot.Pipeline", "ItaBot.Bot.Hosting", "ItaBot.Bot.Cli", "ItaBot.Bot.Web"] },
    };

    [Fact]
    public void The_domain_knows_no_host_no_channel_no_scheduler_and_no_dialogs()
    {
        AssertNone(Types.InAssembly(Core).Should()
            .NotHaveDependencyOnAny("Microsoft.AspNetCore", "Hangfire", "ItaBot.Bot", "ItaBot.Jobs", "Microsoft.Extensions.Options", "Microsoft.Extensions.Logging", "DocumentFormat.OpenXml")
            .GetResult());
    }

    [Fact]
    public void Jobs_reach_people_only_through_the_messenger_port_of_the_domain()
    {
        AssertNone(Types.InAssembly(Jobs).Should()
            .NotHaveDependencyOnAny("ItaBot.Bot", "Hangfire", "Microsoft.AspNetCore", "Microsoft.Extensions.Options")
            .GetResult());
    }

    [Theory]
    [MemberData(nameof(BotRules))]
    public void Each_part_of_the_bot_keeps_to_its_side(string part, string[] forbidden)
    {
        var types = Types.InAssembly(Bot).That().ResideInNamespace(part);
        Assert.NotEmpty(types.GetTypes());
        AssertNone(types.Should().NotHaveDependencyOnAny(forbidden).GetResult());
    }

    private static void AssertNone(TestResult result) =>
        Assert.True(result.IsSuccessful, "forbidden dependencies in: " + string.Join(", ", result.FailingTypeNames ?? []));
}
