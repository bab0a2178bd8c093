namespace ItaBot.Core.Feedback;

/// <summary>A suggestion or comment (ข้อเสนอแนะ, ติชม), acknowledged with a number of its own ("S68-00007").</summary>
public sealed class Suggestion
{
    public int Id { get; set; }

    public required string Number { get; set; }

    public required string Text { get; set; }

    public bool IsAnonymous { get; set; }

    /// <summary>Kept only when the person chose to be named, to answer them.</summary>
    public string? UserId { get; set; }

    public DateTimeOffset At { get; set; }
}
