using System.Globalization;

namespace ItaBot.Core.Plans;

/// <summary>What is wrong in a plan file and where: the field's JSON path and, for a parse error, line and column.</summary>
public sealed record PlanError(string Path, string Message, long? Line = null, long? Column = null)
{
    public override string ToString() => Line is { } line
        ? string.Create(CultureInfo.InvariantCulture, $"{Path} (บรรทัด {line}, ตำแหน่ง {Column}): {Message}")
        : $"{Path}: {Message}";
}
