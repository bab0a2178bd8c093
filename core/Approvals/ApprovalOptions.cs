namespace ItaBot.Core.Approvals;

/// <summary>
/// Configuration section <c>Approvals</c>: the positions (ตำแหน่ง) a report goes up, in order, after the officer who
/// sends it; the last gives the order (คำสั่ง) that ends it. Each is the linked person who holds that position.
/// </summary>
public sealed class ApprovalOptions
{
    public const string Section = "Approvals";

    /// <summary>The demo's chain, seed 000's shortened: หัวหน้าสำนักปลัด → ปลัด → นายก.</summary>
    public static readonly IReadOnlyList<string> DemoChain = ["หัวหน้าสำนักปลัด", "ปลัดเทศบาล", "นายกเทศมนตรี"];

    public List<string> Chain { get; set; } = [];

    /// <summary>The position of whoever writes the report (นักจัดการงานทั่วไป …): told when a round's draft is ready.</summary>
    public string Writer { get; set; } = "";

    /// <summary>Working days (Monday to Friday) a step may wait before its approver is reminded, once.</summary>
    public int RemindAfterWorkingDays { get; set; } = 3;

    public IReadOnlyList<string> ChainOrDefault => Chain.Count > 0 ? Chain : DemoChain;
}
