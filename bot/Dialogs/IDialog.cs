using ItaBot.Bot.Cards;
using ItaBot.Core.People;

namespace ItaBot.Bot.Dialogs;

/// <summary>A conversation that takes several messages. Its state lives in its <see cref="DialogFrame"/>, never in memory.</summary>
public interface IDialog
{
    string Id { get; }

    /// <summary>What the person is doing in it, in Thai, as in "ออกจาก<em>การแจ้งเรื่องร้องเรียน</em>แล้ว".</summary>
    string Title { get; }

    /// <summary>
    /// Whether this dialog can take up <paramref name="frame"/>, saved perhaps by an earlier release: the same version,
    /// at a step it has. A frame it cannot take up is dropped and the person told so, rather than asked the wrong thing.
    /// </summary>
    bool CanContinue(DialogFrame frame);

    /// <summary>Checked on every turn, not only at the start: a person revoked mid-dialog is stopped at once.</summary>
    IReadOnlyCollection<Role> AllowedRoles { get; }

    Task<DialogOutcome> BeginAsync(DialogFrame frame, Member sender, string? args, CancellationToken cancellationToken);

    Task<DialogOutcome> ContinueAsync(DialogFrame frame, Member sender, TurnInput input, CancellationToken cancellationToken);

    /// <summary>A child dialog this one began has ended with <paramref name="result"/>.</summary>
    Task<DialogOutcome> ResumeAsync(DialogFrame frame, Member sender, string? result, CancellationToken cancellationToken);

    /// <summary>The buttons the current question offers: typing one's label is the same as tapping it.</summary>
    Task<IReadOnlyList<Choice>> OfferedAsync(DialogFrame frame, CancellationToken cancellationToken);

    /// <summary>What the current question means and how to answer it, then the question again.</summary>
    Task<Reply> HelpAsync(DialogFrame frame, Member sender, CancellationToken cancellationToken);
}
