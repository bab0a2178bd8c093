using System.Text.Json.Serialization;
using ItaBot.Core.Measures;

namespace ItaBot.Core.Plans;

// The plan file as written by people: every field optional here, so that what is missing is reported by the
// validator with its path instead of failing the parse. The format is documented in the README.

public sealed class PlanDocument
{
    public string? Organization { get; set; }

    public int? FiscalYear { get; set; }

    public string? Title { get; set; }

    public List<MeasureDocument?>? Measures { get; set; }
}

public sealed class MeasureDocument
{
    public int? Number { get; set; }

    public string? Title { get; set; }

    public int? Area { get; set; }

    public List<string?>? Steps { get; set; }

    public List<string?>? ResponsibleUnits { get; set; }

    public PeriodDocument? Period { get; set; }

    public string? Monitoring { get; set; }

    public List<OutputDocument?>? Outputs { get; set; }

    public List<string?>? Outcomes { get; set; }

    [JsonConverter(typeof(MeasureStatusJsonConverter))]
    public MeasureStatus? Status { get; set; }

    public List<UpdateDocument?>? Updates { get; set; }
}

public sealed class PeriodDocument
{
    [JsonConverter(typeof(ThaiDateJsonConverter))]
    public DateOnly? Start { get; set; }

    [JsonConverter(typeof(ThaiDateJsonConverter))]
    public DateOnly? End { get; set; }
}

public sealed class OutputDocument
{
    public string? Label { get; set; }

    public string? Description { get; set; }

    public int? Target { get; set; }

    public string? Unit { get; set; }

    public Cadence? Cadence { get; set; }

    public int? Actual { get; set; }
}

public sealed class UpdateDocument
{
    public DateTimeOffset? At { get; set; }

    public string? By { get; set; }

    /// <summary>The position (1-based) of the output it advanced.</summary>
    public int? Output { get; set; }

    public string? Text { get; set; }

    public int? Amount { get; set; }

    public string? Evidence { get; set; }
}
