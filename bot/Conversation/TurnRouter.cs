namespace ItaBot.Bot.Conversation;

/// <summary>The top of the conversation: recognises the intent, checks the sender may ask it, and picks the answer.</summary>
public sealed class TurnRouter(IntentRecognizer recognizer, MeasureAnswers measures, HelpAnswers help)
{
    public Task<Reply> RespondAsync(Turn turn, CancellationToken cancellationToken)
    {
        var intent = recognizer.Recognize(turn.Text);
        if (!intent.AllowedRoles.Contains(turn.Role))
        {
            return Task.FromResult(HelpAnswers.NotAllowed());
        }

        return intent switch
        {
            MeasureStatusIntent { Number: { } number } => measures.StatusAsync(number, cancellationToken),
            MeasureStatusIntent => measures.WhichAsync(cancellationToken),
            MeasureListIntent => measures.ListAsync(cancellationToken),
            GreetingIntent => Task.FromResult(help.Greeting(turn.Role)),
            HelpIntent => Task.FromResult(help.Help(turn.Role)),
            ContactIntent => Task.FromResult(help.ContactDetails(turn.Role)),
            CitizenServiceIntent => Task.FromResult(help.ComingSoon()),
            _ => Task.FromResult(help.NotUnderstood(turn.Role)),
        };
    }
}
