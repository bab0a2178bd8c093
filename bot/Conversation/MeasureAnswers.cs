using System.Globalization;
using ItaBot.Bot.Cards;
using ItaBot.Bot.Dialogs;
using ItaBot.Bot.Dialogs.Measures;
using ItaBot.Core.Measures;
using ItaBot.Core.People;

namespace ItaBot.Bot.Conversation;

/// <summary>Answers about the plan's measures: one measure's card, the list, and what to say when a number is wrong.</summary>
public sealed class MeasureAnswers(MeasureCatalog catalog, MeasureCards cards)
{
    public async Task<Reply> StatusAsync(Member sender, int number, CancellationToken cancellationToken)
    {
        var plan = await catalog.CurrentPlanAsync(cancellationToken);
        if (plan is null)
        {
            return MeasureReplies.NoPlan();
        }

        var measure = await catalog.FindAsync(plan, number, cancellationToken);
        if (measure is null)
        {
            return MeasureReplies.NotFound(plan, number, MeasureCards.MeasureCommand);
        }

        var neighbours = plan.Measures.Select(m => m.Number).Where(n => n == number - 1 || n == number + 1).Order();
        Choice[] update = sender.MayUpdate(measure.ResponsibleUnits) ? [Choice.Of(UpdatableMeasures.Command(number))] : [];
        return new Reply(
            [new CardMessage(cards.Measure(plan, measure))],
            [.. update, MeasureReplies.AllMeasures, .. neighbours.Select(n => Choice.Of(MeasureCards.MeasureCommand(n)))]);
    }

    public async Task<Reply> ListAsync(CancellationToken cancellationToken)
    {
        var plan = await catalog.CurrentPlanAsync(cancellationToken);
        return plan is null ? MeasureReplies.NoPlan() : new Reply([new CardMessage(MeasureCards.List(plan))], [.. MeasureReplies.NumberChoices(plan).Take(MeasureReplies.MaxChoices)]);
    }

    /// <summary>"มาตรการ" with no number: ask which one, and show the list to choose from.</summary>
    public async Task<Reply> WhichAsync(CancellationToken cancellationToken)
    {
        var plan = await catalog.CurrentPlanAsync(cancellationToken);
        if (plan is null)
        {
            return MeasureReplies.NoPlan();
        }

        return new Reply(
            [new TextMessage("ต้องการดูมาตรการที่เท่าไรคะ พิมพ์ เช่น \"มาตรการ 4\" หรือเลือกจากรายการค่ะ"), new CardMessage(MeasureCards.List(plan))],
            [.. MeasureReplies.NumberChoices(plan).Take(MeasureReplies.MaxChoices)]);
    }
}
