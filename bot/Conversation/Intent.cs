using ItaBot.Bot.Cards;
using ItaBot.Bot.Dialogs;
using ItaBot.Core.People;

namespace ItaBot.Bot.Conversation;

/// <summary>What a person asked for, whatever words they used.</summary>
public abstract record Intent
{
    private static readonly Role[] Everyone = Enum.GetValues<Role>();
    private static readonly Role[] StaffAndManagers = [Role.Staff, Role.Manager, Role.Admin];

    /// <summary>Who may ask for it; anyone else gets a polite answer that says what they can do instead.</summary>
    public virtual IReadOnlyCollection<Role> AllowedRoles => Everyone;

    protected static IReadOnlyCollection<Role> Staff => StaffAndManagers;

    protected static IReadOnlyCollection<Role> Admins { get; } = [Role.Admin];

    /// <summary>May be answered where a group reads the answer: nothing personal is asked or shown.</summary>
    public virtual bool FitsGroups => false;

    /// <summary>The message was this request and nothing more ("ร้องเรียน", not "ร้องเรียนว่าถนนพัง").</summary>
    public bool IsWhole { get; init; } = true;

    /// <summary>
    /// Typed in the middle of a dialog, it is this request, not an answer to the question: a whole command, not a greeting
    /// or words the bot does not know (which a question may well be answered with).
    /// </summary>
    public bool Interrupts => IsWhole && this is not (UnknownIntent or GreetingIntent or ThanksIntent);

    // Two intents are the same request whatever else was typed around them: IsWhole is left out.
    public virtual bool Equals(Intent? other) => other is not null && EqualityContract == other.EqualityContract;

    public override int GetHashCode() => EqualityContract.GetHashCode();
}

/// <summary>"สถานะมาตรการ 4", "measure 4"; no number when the person said "มาตรการ" alone.</summary>
public sealed record MeasureStatusIntent(int? Number) : Intent
{
    public override IReadOnlyCollection<Role> AllowedRoles => Staff;
}

/// <summary>"มาตรการทั้งหมด", "measures".</summary>
public sealed record MeasureListIntent : Intent
{
    public override IReadOnlyCollection<Role> AllowedRoles => Staff;
}

/// <summary>"อัปเดตมาตรการ 4", "update measure 4": the progress update dialog.</summary>
public sealed record UpdateMeasureIntent(int? Number) : Intent
{
    public override IReadOnlyCollection<Role> AllowedRoles => Staff;
}

/// <summary>"ตั้งสถานะมาตรการ 4", "set status of measure 4": decide a measure's status, with a reason.</summary>
public sealed record SetMeasureStatusIntent(int? Number) : Intent
{
    public override IReadOnlyCollection<Role> AllowedRoles => Staff;
}

/// <summary>"งานของฉัน", "my work": the measures of the sender's units and what is due.</summary>
public sealed record MyWorkIntent : Intent
{
    public override IReadOnlyCollection<Role> AllowedRoles => Staff;
}

/// <summary>"ลงทะเบียน ABCDE-FGHJK", "register CODE": link this LINE account to a person the organisation named.</summary>
public sealed record RegisterIntent(string? Code) : Intent;

/// <summary>"ยกเลิก", "cancel" with no dialog to leave.</summary>
public sealed record CancelIntent : Intent;

/// <summary>"สวัสดี", "hello".</summary>
public sealed record GreetingIntent : Intent
{
    public override bool FitsGroups => true;
}

/// <summary>"ช่วยเหลือ", "help".</summary>
public sealed record HelpIntent : Intent
{
    public override bool FitsGroups => true;
}

/// <summary>"ประเมินความพึงพอใจ", "survey": the satisfaction survey.</summary>
public sealed record SurveyIntent : Intent;

/// <summary>"ข้อเสนอแนะ", "ติชม", "suggestion".</summary>
public sealed record SuggestionIntent : Intent;

/// <summary>"รายชื่อเจ้าหน้าที่", "staff list": the people named, for administrators.</summary>
public sealed record PeopleListIntent : Intent
{
    public override IReadOnlyCollection<Role> AllowedRoles => Admins;
}

/// <summary>"เพิ่มเจ้าหน้าที่", "invite staff": name a person from the chat, for administrators.</summary>
public sealed record InviteIntent : Intent
{
    public override IReadOnlyCollection<Role> AllowedRoles => Admins;
}

/// <summary>"ลบข้อมูลของฉัน", "delete my data".</summary>
public sealed record EraseMyDataIntent : Intent;

/// <summary>"ร้องเรียน", "แจ้งเรื่อง", "complain": the complaint dialog.</summary>
public sealed record FileComplaintIntent : Intent;

/// <summary>"ติดตามเรื่อง C68-00042", "C68-00042", "track C68-42".</summary>
public sealed record TrackComplaintIntent(string Number) : Intent;

/// <summary>"เรื่องของฉัน", "ติดตามเรื่อง" alone, "my complaints".</summary>
public sealed record MyComplaintsIntent : Intent;

/// <summary>"จัดการเรื่อง C68-00042": a handler moves the complaint on.</summary>
public sealed record HandleComplaintIntent(string Number) : Intent
{
    public override IReadOnlyCollection<Role> AllowedRoles => Staff;
}

/// <summary>"เรื่องค้าง": the open complaints the sender handles.</summary>
public sealed record OpenComplaintsIntent : Intent
{
    public override IReadOnlyCollection<Role> AllowedRoles => Staff;
}

/// <summary>"สถิติเรื่องร้องเรียน", "… เดือนนี้", "… ปีงบประมาณ 2568".</summary>
public sealed record ComplaintStatisticsIntent(Complaints.ComplaintPeriod Period) : Intent
{
    // The figures the organisation must publish (ITA): counts only, no complaint described, so anyone may ask.
    public override bool FitsGroups => true;
}

/// <summary>
/// "รายงานความก้าวหน้า [ปีงบประมาณ 2568] [6 เดือน]", "รายงานสถิติเรื่องร้องเรียน [ปีงบประมาณ 2568]": the document
/// (the draft, for whoever writes it), its figures in a card and links to open it.
/// </summary>
public sealed record ReportIntent(Documents.DocumentKind Kind, int? FiscalYear, int? Months) : Intent
{
    public override IReadOnlyCollection<Role> AllowedRoles => Staff;
}

/// <summary>"ส่งรายงาน [6|12 เดือน] [ปีงบประมาณ 2568]": the officer sends the progress report up the approval chain.</summary>
public sealed record SendReportIntent(int? FiscalYear, int? Months) : Intent
{
    public override IReadOnlyCollection<Role> AllowedRoles => Staff;
}

/// <summary>
/// "ทราบ รายงาน 6/2568", "เห็นชอบ รายงาน 6/2568", "ความเห็น รายงาน 6/2568 …", "ส่งกลับ รายงาน 6/2568 …": an approver's
/// word on the report waiting for them; a comment or a reason not typed with it is asked for.
/// </summary>
public sealed record ReviewReportIntent(Core.Approvals.ApprovalDecision Decision, int Months, int FiscalYear, string? Text) : Intent
{
    public override IReadOnlyCollection<Role> AllowedRoles => Staff;
}

/// <summary>"รายงาน 6/2568": a report going up the chain, for the people in it — where it is, and its documents.</summary>
public sealed record ShowSubmissionIntent(int Months, int FiscalYear) : Intent
{
    public override IReadOnlyCollection<Role> AllowedRoles => Staff;
}

/// <summary>
/// "ให้คะแนน C68-00042 5", from the rating buttons; "5 มากที่สุด" or "4" alone, without a number, rates the sender's
/// latest finished complaint.
/// </summary>
public sealed record RateComplaintIntent(string? Number, int Rating) : Intent;

/// <summary>"ข้อเสนอแนะทั้งหมด", "suggestions": what citizens suggested, for staff.</summary>
public sealed record SuggestionListIntent : Intent
{
    public override IReadOnlyCollection<Role> AllowedRoles => Staff;
}

/// <summary>"ขอบคุณ", "thanks".</summary>
public sealed record ThanksIntent : Intent
{
    public override bool FitsGroups => true;
}

/// <summary>"นโยบายข้อมูล", "privacy": what is kept about a person, and how to have it erased.</summary>
public sealed record PrivacyIntent : Intent
{
    public override bool FitsGroups => true;
}

/// <summary>"ติดต่อเทศบาล", "contact".</summary>
public sealed record ContactIntent : Intent
{
    public override bool FitsGroups => true;
}

/// <summary>Anything else: answered with help, never with silence.</summary>
public sealed record UnknownIntent : Intent
{
    public override bool FitsGroups => true;
}
