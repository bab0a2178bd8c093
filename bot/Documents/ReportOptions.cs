namespace ItaBot.Bot.Documents;

/// <summary>Configuration section <c>Reports</c>: who a memo comes from and whom it is addressed to.</summary>
public sealed class ReportOptions
{
    public const string Section = "Reports";

    /// <summary>ส่วนราชการ: the office that writes the memo, before the organisation's name.</summary>
    public string Office { get; set; } = "สำนักปลัด";

    /// <summary>เรียน: empty, the head of the organisation its name implies (เทศบาลตำบลX → นายกเทศมนตรีตำบลX).</summary>
    public string Addressee { get; set; } = "";

    public string AddresseeOf(string organization) => Addressee.Length > 0 ? Addressee
        : organization.StartsWith("เทศบาล", StringComparison.Ordinal) ? "นายกเทศมนตรี" + organization["เทศบาล".Length..]
        : "นายก" + organization;
}
