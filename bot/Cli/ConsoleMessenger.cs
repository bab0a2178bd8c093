using ItaBot.Core.Messaging;

namespace ItaBot.Bot.Cli;

/// <summary>
/// In the terminal there is no one to push to: what LINE would push to others is shown on standard error, so a person
/// trying the dialogs sees who would be told what, and piped answers stay clean.
/// </summary>
internal sealed class ConsoleMessenger(Terminal terminal) : IMessenger
{
    public void Send(IReadOnlyCollection<string> userIds, Notice notice) =>
        terminal.Error.WriteLine($"(ทาง LINE ถึง {userIds.Count} คน / would push to {userIds.Count}) {notice.Text.ReplaceLineEndings(" ")}");

    public void ShowMenu(string userId, bool staff) =>
        terminal.Error.WriteLine(staff ? "(ทาง LINE: แสดงเมนูเจ้าหน้าที่ / would show the staff menu)" : "(ทาง LINE: แสดงเมนูหลัก / would show the default menu)");
}
