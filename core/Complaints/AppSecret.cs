namespace ItaBot.Core.Complaints;

/// <summary>A secret the bot made for itself when none was configured (the filer-key secret).</summary>
public sealed class AppSecret
{
    public required string Name { get; set; }

    public required string Value { get; set; }
}
