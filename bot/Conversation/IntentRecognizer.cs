using System.Globalization;
using System.Text.RegularExpressions;
using ItaBot.Bot.Cards;
using ItaBot.Bot.Dialogs;
using ItaBot.Core.Text;

namespace ItaBot.Bot.Conversation;

/// <summary>
/// Turns what people type into an <see cref="Intent"/>. Thai first, English too, Thai or Arabic digits, with or
/// without spaces ("มาตรการ๔คืบหน้าไหม"). A number counts only right after the word for measure, so "ประชุม 4 ครั้ง"
/// or "ข้อ 4" is not taken for measure 4.
/// </summary>
public sealed partial class IntentRecognizer
{
    public Intent Recognize(string text)
    {
        var normalized = Normalize(text);
        if (normalized.Length == 0)
        {
            return new UnknownIntent();
        }

        var register = Register().Match(normalized);
        if (register.Success)
        {
            // The code as typed, not lower-cased: it is shown back in answers.
            var code = Whitespace().Replace(text, " ").Trim();
            code = code[Math.Min(code.Length, register.Groups["word"].Length)..].Trim();
            return new RegisterIntent(code.Length == 0 ? null : code);
        }

        if (DialogWords.IsCancel(text))
        {
            return new CancelIntent();
        }

        if (SendReport().Match(normalized) is { Success: true } send)
        {
            return new SendReportIntent(Year(send), send.Groups["months"].Success ? int.Parse(send.Groups["months"].Value, CultureInfo.InvariantCulture) : null);
        }

        if (ReviewReport().Match(normalized) is { Success: true } review)
        {
            var decision = review.Groups["word"].Value switch
            {
                "ทราบ" or "noted" => Core.Approvals.ApprovalDecision.Noted,
                "เห็นชอบ" or "agree" or "approve" => Core.Approvals.ApprovalDecision.Agreed,
                "ส่งกลับ" or "send back" => Core.Approvals.ApprovalDecision.SentBack,
                _ => Core.Approvals.ApprovalDecision.Commented,
            };
            // The words as typed, not lower-cased and with their own digits: they go into the memo.
            var typed = review.Groups["text"].Success ? Whitespace().Replace(text, " ").Trim()[review.Groups["text"].Index..] : null;
            return new ReviewReportIntent(decision, Int(review, "months"), FullYear(Int(review, "year")), typed);
        }

        if (ShowSubmission().Match(normalized) is { Success: true } show)
        {
            return new ShowSubmissionIntent(Int(show, "months"), FullYear(Int(show, "year")));
        }

        if (ProgressReport().Match(normalized) is { Success: true } progress)
        {
            return new ReportIntent(Documents.DocumentKind.Progress, Year(progress), progress.Groups["months"].Success ? int.Parse(progress.Groups["months"].Value, CultureInfo.InvariantCulture) : null);
        }

        if (ComplaintReport().Match(normalized) is { Success: true } complaintReport)
        {
            return new ReportIntent(Documents.DocumentKind.Complaints, Year(complaintReport), null);
        }

        if (MyWork().IsMatch(normalized))
        {
            return new MyWorkIntent();
        }

        var change = Change().Match(normalized);
        if (change.Success)
        {
            var number = NumberOf(change);
            return change.Groups["status"].Success ? new SetMeasureStatusIntent(number) : new UpdateMeasureIntent(number);
        }

        var numbered = NumberedMeasure().Match(normalized);
        if (numbered.Success)
        {
            return new MeasureStatusIntent(NumberOf(numbered)) { IsWhole = StatusAsk().IsMatch(normalized.Remove(numbered.Index, numbered.Length).Trim()) };
        }

        if (MeasureList().IsMatch(normalized))
        {
            return new MeasureListIntent();
        }

        var measure = MeasureWord().Match(normalized);
        if (measure.Success)
        {
            return new MeasureStatusIntent(null) { IsWhole = measure.Length == normalized.Length };
        }

        if (DialogWords.IsHelp(text))
        {
            return new HelpIntent();
        }

        var statistics = Statistics().Match(normalized);
        if (statistics.Success)
        {
            return new ComplaintStatisticsIntent(new Complaints.ComplaintPeriod(statistics.Groups["month"].Success, Year(statistics)));
        }

        var handle = Handle().Match(normalized);
        if (handle.Success)
        {
            return new HandleComplaintIntent(handle.Groups["number"].Value.ToUpperInvariant());
        }

        if (Open().IsMatch(normalized))
        {
            return new OpenComplaintsIntent();
        }

        var rate = Rate().Match(normalized);
        if (rate.Success)
        {
            return new RateComplaintIntent(rate.Groups["number"].Value.ToUpperInvariant(), rate.Groups["rating"].Value[0] - '0');
        }

        var rateLast = RateLast().Match(normalized);
        if (rateLast.Success)
        {
            // A digit alone may as well answer a dialog's question: only the label with its words leaves one.
            return new RateComplaintIntent(null, rateLast.Groups["rating"].Value[0] - '0') { IsWhole = rateLast.Groups["words"].Success };
        }

        var track = Track().Match(normalized);
        if (track.Success)
        {
            return track.Groups["number"].Success ? new TrackComplaintIntent(track.Groups["number"].Value.ToUpperInvariant()) : new MyComplaintsIntent();
        }

        var complain = Complain().Match(normalized);
        if (complain.Success)
        {
            return new FileComplaintIntent { IsWhole = complain.Length == normalized.Length };
        }

        if (PeopleList().IsMatch(normalized))
        {
            return new PeopleListIntent();
        }

        if (Invite().IsMatch(normalized))
        {
            return new InviteIntent();
        }

        if (Erase().IsMatch(normalized))
        {
            return new EraseMyDataIntent();
        }

        var survey = Survey().Match(normalized);
        if (survey.Success)
        {
            return new SurveyIntent { IsWhole = survey.Length == normalized.Length };
        }

        if (SuggestionList().IsMatch(normalized))
        {
            return new SuggestionListIntent();
        }

        var suggest = Suggest().Match(normalized);
        if (suggest.Success)
        {
            return new SuggestionIntent { IsWhole = suggest.Length == normalized.Length };
        }

        if (Contact().IsMatch(normalized))
        {
            return new ContactIntent();
        }

        if (Thanks().IsMatch(normalized))
        {
            return new ThanksIntent();
        }

        if (Privacy().IsMatch(normalized))
        {
            return new PrivacyIntent();
        }

        return Greeting().IsMatch(normalized) ? new GreetingIntent() : new UnknownIntent();
    }

    // Digits beyond an int are still a number that does not exist, not a reason to misunderstand.
    private static int? NumberOf(Match match) =>
        !match.Groups["number"].Success ? null
        : ThaiDigits.TryParse(match.Groups["number"].Value, out var number) ? number
        : int.MaxValue;

    private static string Normalize(string text) =>
        Whitespace().Replace(ThaiDigits.ToArabic(text), " ").Trim().ToLowerInvariant();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    // "มาตรการ 4", "มาตรการที่ 4", "มาตรการ๔", "measure 4", "measure no. 4", "measure #4", "measure number 4";
    // the number must stand alone, so "มาตรการ 4.5" or "มาตรการ 4/2568" is not measure 4.
    [GeneratedRegex(@"(?:มาตรการ|\bmeasures?)\s*(?:ที่|ลำดับที่|no\.?|number|#)?\s*(?<number>[0-9]+)(?![0-9]|[.,/][0-9])")]
    private static partial Regex NumberedMeasure();

    // What may stand around "มาตรการ 4" in a request for its status and nothing else.
    [GeneratedRegex(@"^(?:|สถานะ|ความคืบหน้า|status|status of|progress|progress of|\?)$")]
    private static partial Regex StatusAsk();

    [GeneratedRegex(@"^(?<word>ลงทะเบียน|register)(?:\s|$|(?=[a-z0-9]))")]
    private static partial Regex Register();

    [GeneratedRegex(@"^(?:งานของ(?:ฉัน|ผม|หนู|เรา|ดิฉัน)|งานที่ต้องทำ|my (?:work|tasks))\s*$")]
    private static partial Regex MyWork();

    // "อัปเดตมาตรการ 4", "บันทึกความคืบหน้ามาตรการ ๔", "update measure 4"; "ตั้งสถานะมาตรการ 4", "set status of measure 4".
    [GeneratedRegex(@"^(?:(?<status>(?:ตั้ง|เปลี่ยน|แก้)สถานะ|set (?:the )?status(?: of)?)|อัปเดต|อัพเดต|อัพเดท|อัปเดท|บันทึก(?:ผล|ความคืบหน้า)?|update)\s*(?:มาตรการ|measure)\s*(?:ที่|no\.?|#)?\s*(?<number>[0-9]+)?(?![0-9]|[.,/][0-9])")]
    private static partial Regex Change();

    [GeneratedRegex(@"มาตรการ\s*(?:ทั้งหมด|ทุกข้อ|ทุกมาตรการ)|(?:รายการ|รายชื่อ|ดู|แสดง)\s*มาตรการ\s*$|\b(?:all|list|list of|show)\s+measures\b|^measures\s*$")]
    private static partial Regex MeasureList();

    [GeneratedRegex(@"มาตรการ|\bmeasures?\b")]
    private static partial Regex MeasureWord();

    [GeneratedRegex(@"^(?:ประเมินความพึงพอใจ|แบบประเมิน|ประเมินการให้บริการ|survey|satisfaction)")]
    private static partial Regex Survey();

    [GeneratedRegex(@"^(?:รายชื่อเจ้าหน้าที่|รายชื่อบุคลากร|staff list|list staff|people)\s*$")]
    private static partial Regex PeopleList();

    [GeneratedRegex(@"^(?:เพิ่มเจ้าหน้าที่|เชิญเจ้าหน้าที่|เพิ่มบุคลากร|invite staff|invite)\s*$")]
    private static partial Regex Invite();

    [GeneratedRegex(@"^(?:ลบข้อมูล(?:ของฉัน|ส่วนตัว|ส่วนบุคคล)?|delete my data|erase my data)\s*$")]
    private static partial Regex Erase();

    [GeneratedRegex(@"^(?:(?:ข้อเสนอแนะ|ดูข้อเสนอแนะ)\s*(?:ทั้งหมด|ล่าสุด)|รายการข้อเสนอแนะ|all suggestions|suggestions)\s*$")]
    private static partial Regex SuggestionList();

    [GeneratedRegex(@"^(?:ข้อเสนอแนะ|เสนอแนะ|ติชม|feedback|suggestion)")]
    private static partial Regex Suggest();

    [GeneratedRegex(@"^(?:จัดการเรื่อง|ดำเนินการเรื่อง|จัดการ|handle)\s*(?<number>c\s*[0-9]{2}\s*-?\s*[0-9]{1,5})\s*$")]
    private static partial Regex Handle();

    // "สถิติเรื่องร้องเรียน", "สถิติร้องเรียน เดือนนี้", "สถิติเรื่องร้องเรียน ปีงบประมาณ 2568", "complaint statistics".
    [GeneratedRegex(@"^(?:สถิติ(?:\s*(?:เรื่อง)?\s*ร้องเรียน)?|statistics|stats|complaint statistics|complaint stats)\s*(?:(?<month>เดือนนี้|this month)|(?:ปีงบประมาณ|ปีงบ|ปี|fy|fiscal year)\s*(?<year>[0-9]{2,4}))?\s*$")]
    private static partial Regex Statistics();

    /// <summary>A fiscal year the match named ("ปีงบประมาณ 2568", "ปี 68"), Buddhist era.</summary>
    private static int? Year(Match match) =>
        match.Groups["year"].Success && ThaiDigits.TryParse(match.Groups["year"].Value, out var y) ? FullYear(y) : null;

    private static int FullYear(int year) => year < 100 ? 2500 + year : year;

    private static int Int(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    // "ส่งรายงาน", "ส่งรายงาน 6 เดือน", "ส่งรายงานความก้าวหน้า ปีงบประมาณ 2568 รอบ 12 เดือน", "send report".
    [GeneratedRegex(@"^(?:ส่งรายงาน(?:ความก้าวหน้า)?|send report)\s*(?:(?:ปีงบประมาณ|ปีงบ|ปี|fy|fiscal year)\s*(?<year>[0-9]{2,4}))?\s*(?:(?:รอบ\s*)?(?<months>6|12)\s*(?:เดือน|months?))?\s*(?:(?:ปีงบประมาณ|ปีงบ|ปี|fy)\s*(?<year>[0-9]{2,4}))?\s*$")]
    private static partial Regex SendReport();

    // "ทราบ รายงาน 6/2568", "เห็นชอบ รายงาน 6/68", "ความเห็น รายงาน 6/2568 ควรเร่งรัด", "ส่งกลับ รายงาน 12/2568 ตัวเลขไม่ตรง".
    [GeneratedRegex(@"^(?<word>ทราบ|เห็นชอบ|ความเห็น|ส่งกลับ|noted|agree|approve|comment|send back)\s*(?:รายงาน|report)\s*(?<months>6|12)\s*/\s*(?<year>[0-9]{2}|[0-9]{4})(?:\s+(?<text>.+))?$")]
    private static partial Regex ReviewReport();

    // "รายงาน 6/2568", "report 12/2568".
    [GeneratedRegex(@"^(?:รายงาน|report)\s*(?<months>6|12)\s*/\s*(?<year>[0-9]{2}|[0-9]{4})\s*$")]
    private static partial Regex ShowSubmission();

    // "รายงานความก้าวหน้า", "รายงานความก้าวหน้า ปีงบประมาณ 2568 6 เดือน", "progress report fy 2568 12 months".
    [GeneratedRegex(@"^(?:รายงานความก้าวหน้า|รายงานผลการดำเนินการ|รายงานมาตรการ|progress report)\s*(?:(?:ปีงบประมาณ|ปีงบ|ปี|fy|fiscal year)\s*(?<year>[0-9]{2,4}))?\s*(?:(?:รอบ\s*)?(?<months>6|12)\s*(?:เดือน|months?))?\s*$")]
    private static partial Regex ProgressReport();

    // "รายงานสถิติเรื่องร้องเรียน", "… ปีงบประมาณ 2568", "complaint report".
    [GeneratedRegex(@"^(?:รายงานสถิติ\s*(?:เรื่อง)?\s*ร้องเรียน|รายงานเรื่องร้องเรียน|complaints? report)\s*(?:(?:ปีงบประมาณ|ปีงบ|ปี|fy|fiscal year)\s*(?<year>[0-9]{2,4}))?\s*$")]
    private static partial Regex ComplaintReport();

    [GeneratedRegex(@"^(?:เรื่องค้าง|เรื่องที่ค้าง|open complaints|overdue)\s*$")]
    private static partial Regex Open();

    [GeneratedRegex(@"^(?:ให้คะแนน|rate)\s*(?<number>c\s*[0-9]{2}\s*-?\s*[0-9]{1,5})\s+(?<rating>[1-5])\b")]
    private static partial Regex Rate();

    // A rating button's label typed ("5 มากที่สุด"), or its number alone: the sender's latest finished complaint.
    [GeneratedRegex(@"^(?<rating>[1-5])\s*(?:คะแนน)?\s*(?<words>มากที่สุด|น้อยที่สุด)?$")]
    private static partial Regex RateLast();

    [GeneratedRegex(@"^(?:ร้องเรียน|ร้องทุกข์|แจ้งเรื่อง|แจ้งปัญหา|complain|complaint|report)")]
    private static partial Regex Complain();

    // "ติดตามเรื่อง C68-00042", "track c68-42", "C68-00042" alone; without a number, the sender's own list.
    [GeneratedRegex(@"^(?:(?:ติดตามเรื่อง|ติดตาม|track|เรื่องเลขที่)\s*(?<number>c\s*[0-9]{2}\s*-?\s*[0-9]{1,5})?\s*$|(?<number>c[0-9]{2}-?[0-9]{1,5})$|(?:เรื่องของฉัน|my complaints)\s*$)")]
    private static partial Regex Track();

    [GeneratedRegex(@"^(?:ติดต่อ\s*(?:เทศบาล|อบต\.?|หน่วยงาน|เจ้าหน้าที่|สอบถาม)?|ช่องทางติดต่อ|เบอร์โทร(?:ศัพท์)?|ที่อยู่|contact(?: us)?)\s*$")]
    private static partial Regex Contact();

    [GeneratedRegex(@"^(?:ขอบคุณ|ขอบใจ|thank you|thanks|thx)(?:มาก|ค่ะ|ครับ|คะ|จ้า|นะ|\s)*[!.]*$")]
    private static partial Regex Thanks();

    [GeneratedRegex(@"^(?:นโยบาย\s*(?:ข้อมูล|ความเป็นส่วนตัว|คุ้มครองข้อมูล)(?:ส่วนบุคคล)?|ข้อมูลส่วนบุคคล|privacy(?: policy)?|pdpa)\s*$")]
    private static partial Regex Privacy();

    [GeneratedRegex(@"^(?:สวัสดี|หวัดดี|ดีค่ะ|ดีครับ|hello|hi|hey)")]
    private static partial Regex Greeting();
}
