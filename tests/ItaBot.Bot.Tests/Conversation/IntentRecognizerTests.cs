using ItaBot.Bot.Documents;
using ItaBot.Bot.Cards;
using ItaBot.Bot.Conversation;
using ItaBot.Bot.Dialogs;

namespace ItaBot.Bot.Tests.Conversation;

public class IntentRecognizerTests
{
    private readonly IntentRecognizer recognizer = new();

    [Theory]
    [InlineData("สถานะมาตรการ 4")]
    [InlineData("สถานะมาตรการ ๔")]
    [InlineData("มาตรการ ๔")]
    [InlineData("มาตรการ 4")]
    [InlineData("มาตรการที่ 4")]
    [InlineData("มาตรการที่๔")]
    [InlineData("มาตรการ๔คืบหน้าไหม")]
    [InlineData("มาตรการ4")]
    [InlineData("  มาตรการ   4  ")]
    [InlineData("ขอดูสถานะมาตรการที่ 4 หน่อยค่ะ")]
    [InlineData("ความคืบหน้ามาตรการ 4")]
    [InlineData("มาตรการลำดับที่ 4")]
    [InlineData("มาตรการ 04")]
    [InlineData("มาตรการ 4 ไตรมาส 2")]
    [InlineData("status of measure 4")]
    [InlineData("measure 4")]
    [InlineData("Measure 4")]
    [InlineData("MEASURE 4 STATUS")]
    [InlineData("measure #4")]
    [InlineData("measure no. 4")]
    [InlineData("measure number 4")]
    [InlineData("measure4")]
    [InlineData("what is the status of measure 4?")]
    public void Every_way_of_asking_for_measure_4_is_measure_4(string text) =>
        Assert.Equal(new MeasureStatusIntent(4), recognizer.Recognize(text));

    [Theory]
    [InlineData("มาตรการ 0", 0)]
    [InlineData("มาตรการ 999", 999)]
    [InlineData("มาตรการ ๑๐", 10)]
    [InlineData("measure 12", 12)]
    [InlineData("มาตรการ 99999999999999999999", int.MaxValue)]
    public void A_number_that_may_not_exist_is_still_a_question_about_that_number(string text, int number) =>
        Assert.Equal(new MeasureStatusIntent(number), recognizer.Recognize(text));

    [Theory]
    [InlineData("มาตรการ")]
    [InlineData("สถานะมาตรการ")]
    [InlineData("มาตรการไหนล่าช้า")]
    [InlineData("measure")]
    [InlineData("มาตรการ 4.5")]
    [InlineData("มาตรการ 4/2568")]
    public void The_word_for_measure_without_a_usable_number_asks_which_measure(string text) =>
        Assert.Equal(new MeasureStatusIntent(null), recognizer.Recognize(text));

    [Theory]
    [InlineData("มาตรการทั้งหมด")]
    [InlineData("มาตรการ ทั้งหมด")]
    [InlineData("ดูมาตรการ")]
    [InlineData("รายการมาตรการ")]
    [InlineData("measures")]
    [InlineData("all measures")]
    [InlineData("list measures")]
    [InlineData("List of measures")]
    public void Asking_for_all_measures_is_the_list(string text) =>
        Assert.IsType<MeasureListIntent>(recognizer.Recognize(text));

    [Theory]
    [InlineData("ข้อ 4")]
    [InlineData("ประชุม 4 ครั้งแล้ว")]
    [InlineData("ไฟถนนดับ 3 ต้น หน้าวัด")]
    [InlineData("ตรวจสอบครุภัณฑ์ครั้งที่ 2 เสร็จแล้ว")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("😀😀😀")]
    [InlineData("asdfgh")]
    public void Near_misses_are_not_taken_for_a_measure(string text) =>
        Assert.IsType<UnknownIntent>(recognizer.Recognize(text));

    [Theory]
    [InlineData("4", 4, false)]
    [InlineData("๔", 4, false)]
    [InlineData("5 มากที่สุด", 5, true)]
    [InlineData("1 น้อยที่สุด", 1, true)]
    public void A_rating_buttons_label_typed_rates_the_latest_finished_complaint_and_a_bare_digit_never_leaves_a_dialog(string text, int rating, bool leaves)
    {
        var intent = recognizer.Recognize(text);

        Assert.Equal(new RateComplaintIntent(null, rating), intent);
        Assert.Equal(leaves, intent.Interrupts);
    }

    [Theory]
    [InlineData("ร้องเรียน", true)]
    [InlineData("ร้องเรียนว่าไฟดับหน้าบ้าน", false)]
    [InlineData("ติดตามเรื่อง", true)]
    [InlineData("สถานะมาตรการ 4", true)]
    [InlineData("ประชุมเรื่องมาตรการ 4 แล้ว", false)]
    [InlineData("ข้อเสนอแนะ", true)]
    [InlineData("สวัสดี", false)]
    [InlineData("ไฟดับ", false)]
    public void Only_a_whole_command_leaves_a_dialog(string text, bool leaves) =>
        Assert.Equal(leaves, recognizer.Recognize(text).Interrupts);

    [Theory]
    [InlineData("สวัสดี")]
    [InlineData("สวัสดีค่ะ")]
    [InlineData("หวัดดีครับ")]
    [InlineData("Hello")]
    [InlineData("hi")]
    public void Greetings_are_greetings(string text) =>
        Assert.IsType<GreetingIntent>(recognizer.Recognize(text));

    [Theory]
    [InlineData("ช่วยเหลือ")]
    [InlineData("help")]
    [InlineData("HELP")]
    [InlineData("วิธีใช้")]
    [InlineData("เมนู")]
    [InlineData("?")]
    public void Asking_for_help_is_help(string text) =>
        Assert.IsType<HelpIntent>(recognizer.Recognize(text));

    [Theory]
    [InlineData("ประเมินความพึงพอใจ")]
    [InlineData("survey")]
    public void Asking_to_rate_the_service_is_the_survey(string text) =>
        Assert.IsType<SurveyIntent>(recognizer.Recognize(text));

    [Theory]
    [InlineData("ข้อเสนอแนะ")]
    [InlineData("ติชม")]
    [InlineData("suggestion")]
    public void Suggestions_and_comments_are_a_suggestion(string text) =>
        Assert.IsType<SuggestionIntent>(recognizer.Recognize(text));

    [Theory]
    [InlineData("ลบข้อมูลของฉัน")]
    [InlineData("delete my data")]
    public void Asking_to_erase_ones_data_is_erasure(string text) =>
        Assert.IsType<EraseMyDataIntent>(recognizer.Recognize(text));

    [Theory]
    [InlineData("รายงานความก้าวหน้า", DocumentKind.Progress, null, null)]
    [InlineData("รายงานความก้าวหน้า ปีงบประมาณ ๒๕๖๘ รอบ ๑๒ เดือน", DocumentKind.Progress, 2568, 12)]
    [InlineData("progress report fy 2568 6 months", DocumentKind.Progress, 2568, 6)]
    [InlineData("รายงานสถิติเรื่องร้องเรียน", DocumentKind.Complaints, null, null)]
    [InlineData("รายงานสถิติร้องเรียน ปี 68", DocumentKind.Complaints, 2568, null)]
    [InlineData("complaint report", DocumentKind.Complaints, null, null)]
    public void Asking_for_a_document_names_it_and_its_period(string text, DocumentKind kind, int? fiscalYear, int? months) =>
        Assert.Equal(new ReportIntent(kind, fiscalYear, months), recognizer.Recognize(text));

    [Theory]
    [InlineData("สถิติเรื่องร้องเรียน", false, null)]
    [InlineData("สถิติร้องเรียน เดือนนี้", true, null)]
    [InlineData("สถิติเรื่องร้องเรียน ปีงบประมาณ 2568", false, 2568)]
    [InlineData("สถิติเรื่องร้องเรียน ปีงบ ๖๘", false, 2568)]
    public void Complaint_statistics_name_their_period(string text, bool thisMonth, int? fiscalYear) =>
        Assert.Equal(new ComplaintStatisticsIntent(new ItaBot.Bot.Conversation.Complaints.ComplaintPeriod(thisMonth, fiscalYear)), recognizer.Recognize(text));

    [Theory]
    [InlineData("ร้องเรียน")]
    [InlineData("ร้องทุกข์")]
    [InlineData("แจ้งเรื่อง")]
    [InlineData("complain")]
    public void Asking_to_complain_starts_a_complaint(string text) =>
        Assert.IsType<FileComplaintIntent>(recognizer.Recognize(text));

    [Theory]
    [InlineData("ติดตามเรื่อง C68-00042", "C68-00042")]
    [InlineData("ติดตามเรื่องC68-00042", "C68-00042")]
    [InlineData("track c68-42", "C68-42")]
    [InlineData("C68-00042", "C68-00042")]
    [InlineData("ติดตามเรื่อง C๖๘-๐๐๐๔๒", "C68-00042")]
    public void Asking_about_a_numbered_complaint_is_tracking(string text, string number) =>
        Assert.Equal(new TrackComplaintIntent(number), recognizer.Recognize(text));

    [Theory]
    [InlineData("ติดตามเรื่อง")]
    [InlineData("เรื่องของฉัน")]
    [InlineData("my complaints")]
    public void Tracking_without_a_number_lists_ones_own(string text) =>
        Assert.IsType<MyComplaintsIntent>(recognizer.Recognize(text));

    [Theory]
    [InlineData("ติดต่อเทศบาล")]
    [InlineData("ติดต่อ")]
    [InlineData("เบอร์โทร")]
    [InlineData("contact us")]
    public void Asking_how_to_reach_the_organisation_is_contact(string text) =>
        Assert.IsType<ContactIntent>(recognizer.Recognize(text));

    [Fact]
    public void A_very_long_message_is_recognised_without_trouble()
    {
        var text = new string('ก', 20_000) + " มาตรการ 4";

        Assert.Equal(new MeasureStatusIntent(4), recognizer.Recognize(text));
    }

    [Theory]
    [InlineData("อัปเดตมาตรการ 4", 4)]
    [InlineData("อัปเดตมาตรการ ๔", 4)]
    [InlineData("อัพเดตมาตรการที่ 4", 4)]
    [InlineData("บันทึกความคืบหน้ามาตรการ 4", 4)]
    [InlineData("update measure 4", 4)]
    [InlineData("Update Measure #12", 12)]
    [InlineData("อัปเดตมาตรการ", null)]
    public void Asking_to_update_a_measure_is_an_update(string text, int? number) =>
        Assert.Equal(new UpdateMeasureIntent(number), recognizer.Recognize(text));

    [Theory]
    [InlineData("ตั้งสถานะมาตรการ 4", 4)]
    [InlineData("เปลี่ยนสถานะมาตรการ ๔", 4)]
    [InlineData("set status of measure 4", 4)]
    [InlineData("ตั้งสถานะมาตรการ", null)]
    public void Asking_to_set_a_status_is_a_status_change_not_a_status_question(string text, int? number) =>
        Assert.Equal(new SetMeasureStatusIntent(number), recognizer.Recognize(text));

    [Theory]
    [InlineData("ลงทะเบียน ABCDE-FGHJK", "ABCDE-FGHJK")]
    [InlineData("ลงทะเบียนABCDE-FGHJK", "ABCDE-FGHJK")]
    [InlineData("  ลงทะเบียน   abcde fghjk ", "abcde fghjk")]
    [InlineData("register K7MQP3XWHD", "K7MQP3XWHD")]
    [InlineData("Register ๑๒๓", "๑๒๓")]
    [InlineData("ลงทะเบียน", null)]
    public void Registering_keeps_the_code_as_typed(string text, string? code) =>
        Assert.Equal(new RegisterIntent(code), recognizer.Recognize(text));

    [Theory]
    [InlineData("งานของฉัน")]
    [InlineData("งานของผม")]
    [InlineData("my work")]
    [InlineData("My Tasks")]
    public void Asking_for_ones_own_work_is_my_work(string text) =>
        Assert.IsType<MyWorkIntent>(recognizer.Recognize(text));

    [Theory]
    [InlineData("ยกเลิก")]
    [InlineData(" cancel ")]
    [InlineData("เลิก")]
    public void Cancelling_is_cancel(string text) =>
        Assert.IsType<CancelIntent>(recognizer.Recognize(text));

    [Theory]
    [InlineData("จัดการเรื่อง C68-00042")]
    [InlineData("จัดการเรื่อง c68-00042")]
    public void A_handler_taking_up_a_complaint_is_handling(string text) =>
        Assert.Equal(new HandleComplaintIntent("C68-00042"), recognizer.Recognize(text));

    [Theory]
    [InlineData("ให้คะแนน C68-00042 5", 5)]
    [InlineData("ให้คะแนน C68-00042 ๑", 1)]
    public void A_rating_button_is_a_rating(string text, int rating) =>
        Assert.Equal(new RateComplaintIntent("C68-00042", rating), recognizer.Recognize(text));

    [Fact]
    public void Open_complaints_is_its_own_question() =>
        Assert.IsType<OpenComplaintsIntent>(recognizer.Recognize("เรื่องค้าง"));
}
