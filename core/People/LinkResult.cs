namespace ItaBot.Core.People;

/// <summary>What became of a <c>ลงทะเบียน CODE</c> message.</summary>
public abstract record LinkResult
{
    private LinkResult()
    {
    }

    /// <summary>The account is now the person's.</summary>
    public sealed record Linked(Person Person) : LinkResult;

    /// <summary>No such code (or its person was revoked): the sender learns nothing more.</summary>
    public sealed record WrongCode : LinkResult;

    public sealed record Expired : LinkResult;

    public sealed record AlreadyUsed : LinkResult;

    /// <summary>Too many failures lately; codes are not even checked until <paramref name="Until"/>.</summary>
    public sealed record Throttled(DateTimeOffset Until) : LinkResult;
}
