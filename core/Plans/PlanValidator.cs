using System.Globalization;
using ItaBot.Core.Measures;

namespace ItaBot.Core.Plans;

/// <summary>Checks a parsed plan file field by field and reports every problem with its JSON path.</summary>
internal static class PlanValidator
{
    public const int MinFiscalYear = 2500;
    public const int MaxFiscalYear = 2700;
    public const int MaxNumber = 999;
    public const int MaxTitleLength = 500;
    public const int MaxLabelLength = 100;
    public const int MaxNameLength = 200;
    public const int MaxTextLength = 4000;

    public static List<PlanError> Validate(PlanDocument plan)
    {
        var errors = new List<PlanError>();
        Required(errors, "$.organization", plan.Organization, MaxNameLength);
        if (plan.FiscalYear is not (>= MinFiscalYear and <= MaxFiscalYear))
        {
            errors.Add(new("$.fiscalYear", $"ต้องระบุปีงบประมาณเป็นปี พ.ศ. {MinFiscalYear}–{MaxFiscalYear} เช่น 2568"));
        }

        Optional(errors, "$.title", plan.Title, MaxTitleLength);
        if (plan.Measures is not { Count: > 0 })
        {
            errors.Add(new("$.measures", "ต้องมีอย่างน้อย 1 มาตรการ"));
            return errors;
        }

        var seen = new HashSet<int>();
        for (var i = 0; i < plan.Measures.Count; i++)
        {
            var path = Index("$.measures", i);
            if (plan.Measures[i] is not { } measure)
            {
                errors.Add(new(path, "ต้องเป็นออบเจกต์ของมาตรการ"));
                continue;
            }

            if (measure.Number is { } number && !seen.Add(number))
            {
                errors.Add(new(path + ".number", $"ลำดับที่ {number} ซ้ำกับมาตรการก่อนหน้า"));
            }

            ValidateMeasure(errors, path, measure);
        }

        return errors;
    }

    private static void ValidateMeasure(List<PlanError> errors, string path, MeasureDocument measure)
    {
        if (measure.Number is not (>= 1 and <= MaxNumber))
        {
            errors.Add(new(path + ".number", $"ต้องระบุลำดับที่ 1–{MaxNumber}"));
        }

        Required(errors, path + ".title", measure.Title, MaxTitleLength);
        if (measure.Area is not { } area || !AnalysisArea.IsValid(area))
        {
            errors.Add(new(path + ".area", $"ต้องระบุประเด็นการวิเคราะห์ {AnalysisArea.First}–{AnalysisArea.Last}"));
        }

        Texts(errors, path + ".steps", measure.Steps, required: false);
        Texts(errors, path + ".responsibleUnits", measure.ResponsibleUnits, required: true);
        Texts(errors, path + ".outcomes", measure.Outcomes, required: false);
        Optional(errors, path + ".monitoring", measure.Monitoring, MaxTextLength);
        if (measure.Period is { } period)
        {
            if (period.Start is null)
            {
                errors.Add(new(path + ".period.start", "ต้องระบุวันเริ่ม"));
            }

            if (period.End is null)
            {
                errors.Add(new(path + ".period.end", "ต้องระบุวันสิ้นสุด"));
            }

            if (period.Start > period.End)
            {
                errors.Add(new(path + ".period", "วันเริ่มต้องไม่หลังวันสิ้นสุด"));
            }
        }

        var outputs = measure.Outputs ?? [];
        for (var i = 0; i < outputs.Count; i++)
        {
            ValidateOutput(errors, Index(path + ".outputs", i), outputs[i]);
        }

        var updates = measure.Updates ?? [];
        for (var i = 0; i < updates.Count; i++)
        {
            ValidateUpdate(errors, Index(path + ".updates", i), updates[i], outputs.Count);
        }
    }

    private static void ValidateOutput(List<PlanError> errors, string path, OutputDocument? output)
    {
        if (output is null)
        {
            errors.Add(new(path, "ต้องเป็นออบเจกต์ของผลผลิต"));
            return;
        }

        Required(errors, path + ".label", output.Label, MaxLabelLength);
        Optional(errors, path + ".description", output.Description, MaxTextLength);
        Optional(errors, path + ".unit", output.Unit, MaxLabelLength);
        if (output.Target is < 1)
        {
            errors.Add(new(path + ".target", "เป้าหมายต้องเป็นจำนวนเต็มตั้งแต่ 1 ขึ้นไป"));
        }

        if (output.Actual is < 0)
        {
            errors.Add(new(path + ".actual", "ผลที่ทำได้ต้องไม่ติดลบ"));
        }

        if (output.Cadence is { } cadence && !Enum.IsDefined(cadence))
        {
            errors.Add(new(path + ".cadence", "ต้องเป็น anyTime / monthly / quarterly / halfYearly / yearly"));
        }
    }

    private static void ValidateUpdate(List<PlanError> errors, string path, UpdateDocument? update, int outputCount)
    {
        if (update is null)
        {
            errors.Add(new(path, "ต้องเป็นออบเจกต์ของการอัปเดต"));
            return;
        }

        if (update.At is null)
        {
            errors.Add(new(path + ".at", "ต้องระบุเวลาแบบ ISO 8601 พร้อมเขตเวลา เช่น 2025-04-12T10:30:00+07:00"));
        }

        Required(errors, path + ".by", update.By, MaxNameLength);
        Required(errors, path + ".text", update.Text, MaxTextLength);
        Optional(errors, path + ".evidence", update.Evidence, MaxTextLength);
        if (update.Output is { } position && (position < 1 || position > outputCount))
        {
            errors.Add(new(path + ".output", $"ต้องเป็นลำดับของผลผลิตในมาตรการนี้ (1–{outputCount})"));
        }

        if (update.Amount is < 0)
        {
            errors.Add(new(path + ".amount", "จำนวนต้องไม่ติดลบ"));
        }
    }

    private static void Texts(List<PlanError> errors, string path, List<string?>? items, bool required)
    {
        if (required && items is not { Count: > 0 })
        {
            errors.Add(new(path, "ต้องมีอย่างน้อย 1 รายการ"));
            return;
        }

        for (var i = 0; i < (items?.Count ?? 0); i++)
        {
            Required(errors, Index(path, i), items![i], MaxTextLength);
        }
    }

    private static void Required(List<PlanError> errors, string path, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(new(path, "ต้องไม่ว่าง"));
        }
        else
        {
            Optional(errors, path, value, maxLength);
        }
    }

    private static void Optional(List<PlanError> errors, string path, string? value, int maxLength)
    {
        if (value?.Length > maxLength)
        {
            errors.Add(new(path, $"ยาวเกิน {maxLength} ตัวอักษร"));
        }
    }

    private static string Index(string path, int index) => string.Create(CultureInfo.InvariantCulture, $"{path}[{index}]");
}
