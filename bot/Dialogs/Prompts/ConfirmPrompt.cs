using ItaBot.Bot.Cards;
using ItaBot.Bot.Dialogs;

namespace ItaBot.Bot.Dialogs.Prompts;

/// <summary>The last question of a dialog: a summary, then ยืนยัน to save, แก้ไข to answer again, ยกเลิก to leave.</summary>
public static class ConfirmPrompt
{
    public static Reply Ask(string summary) =>
        Reply.Text(summary + "\nถูกต้องไหมคะ", Choice.Of("ยืนยัน"), Choice.Of("แก้ไข"), Choice.Of("ยกเลิก"));

    /// <summary>Finish at ยืนยัน; at แก้ไข go back to <paramref name="editFrom"/>.</summary>
    public static StepOutcome Accept(TurnInput input, string editFrom)
    {
        var text = input is TextInput typed ? typed.Text : "";
        return DialogWords.IsConfirm(text) ? StepOutcome.Finish
            : DialogWords.IsEdit(text) ? StepOutcome.GoTo(editFrom)
            : StepOutcome.Retry("กรุณาเลือก \"ยืนยัน\" เพื่อบันทึก \"แก้ไข\" เพื่อตอบใหม่ หรือ \"ยกเลิก\" ค่ะ");
    }
}
