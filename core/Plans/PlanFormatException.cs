namespace ItaBot.Core.Plans;

/// <summary>A plan file that cannot be imported; nothing was changed.</summary>
public sealed class PlanFormatException(IReadOnlyList<PlanError> errors)
    : Exception("แผนไม่ถูกต้อง / invalid plan:" + Environment.NewLine + string.Join(Environment.NewLine, errors))
{
    public IReadOnlyList<PlanError> Errors { get; } = errors;
}
