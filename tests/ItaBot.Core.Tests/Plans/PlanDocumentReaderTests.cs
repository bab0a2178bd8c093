using ItaBot.Core.Plans;
using ItaBot.Core.Tests.Support;

namespace ItaBot.Core.Tests.Plans;

public class PlanDocumentReaderTests
{
    [Fact]
    public void A_valid_plan_is_read_with_Thai_and_ISO_dates()
    {
        var plan = PlanJson.Read(PlanJson.Valid);

        Assert.Equal("อบต.ทดสอบ", plan.Organization);
        Assert.Equal(2, plan.Measures!.Count);
        Assert.Equal(new DateOnly(2026, 1, 1), plan.Measures[1]!.Period!.Start);
        Assert.Equal(new DateOnly(2026, 6, 30), plan.Measures[1]!.Period!.End);
    }

    [Theory]
    [InlineData("\"area\": 4", "\"area\": 9", "$.measures[0].area")]
    [InlineData("\"area\": 4", "\"area\": 0", "$.measures[0].area")]
    [InlineData("\"number\": 2", "\"number\": 1", "$.measures[1].number")]
    [InlineData("\"number\": 2", "\"number\": 0", "$.measures[1].number")]
    [InlineData("\"fiscalYear\": 2569", "\"fiscalYear\": 2026", "$.fiscalYear")]
    [InlineData("\"organization\": \"อบต.ทดสอบ\"", "\"organization\": \"  \"", "$.organization")]
    [InlineData("\"title\": \"มาตรการป้องกันการทุจริต (No Gift Policy)\",", "", "$.measures[1].title")]
    [InlineData("\"responsibleUnits\": [\"กองคลัง\"]", "\"responsibleUnits\": []", "$.measures[0].responsibleUnits")]
    [InlineData("\"responsibleUnits\": [\"กองคลัง\"]", "\"responsibleUnits\": [\"\"]", "$.measures[0].responsibleUnits[0]")]
    [InlineData("\"target\": 4", "\"target\": 0", "$.measures[0].outputs[0].target")]
    [InlineData("\"label\": \"ตรวจสอบพัสดุ ครุภัณฑ์\", ", "", "$.measures[0].outputs[0].label")]
    [InlineData("\"cadence\": \"quarterly\"", "\"cadence\": 17", "$.measures[0].outputs[0].cadence")]
    [InlineData("\"end\": \"2026-06-30\"", "\"end\": \"31 ธ.ค. 68\"", "$.measures[1].period")]
    public void A_wrong_field_is_named_by_its_path(string original, string replacement, string path)
    {
        var json = PlanJson.Valid.Replace(original, replacement, StringComparison.Ordinal);
        Assert.NotEqual(PlanJson.Valid, json);

        var error = Assert.Throws<PlanFormatException>(() => PlanJson.Read(json));

        Assert.Contains(error.Errors, e => e.Path == path);
    }

    [Theory]
    [InlineData("\"start\": \"1 ม.ค. 69\"", "\"start\": \"31 ก.พ. 69\"", "$.measures[1].period.start", 19)]
    [InlineData("\"cadence\": \"quarterly\"", "\"cadence\": \"weekly\"", "$.measures[0].outputs[0].cadence", 11)]
    [InlineData("\"unit\": \"ครั้ง\"", "\"unti\": \"ครั้ง\"", "$.measures[0].outputs[0].unti", 11)]
    [InlineData("\"area\": 7,", "\"area\": \"seven\",", "$.measures[1].area", 17)]
    public void A_value_that_cannot_be_read_is_named_by_path_line_and_column(string original, string replacement, string path, int line)
    {
        var json = PlanJson.Valid.Replace(original, replacement, StringComparison.Ordinal);

        var error = Assert.Single(Assert.Throws<PlanFormatException>(() => PlanJson.Read(json)).Errors);

        Assert.Equal(path, error.Path);
        Assert.Equal(line, error.Line);
        Assert.NotNull(error.Column);
        Assert.Contains(path, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Fields_of_the_wrong_kind_are_all_listed_at_once_in_Thai_with_their_lines()
    {
        var json = PlanJson.Valid
            .Replace("\"area\": 7,", "\"area\": \"seven\",", StringComparison.Ordinal)
            .Replace("\"unit\": \"ครั้ง\"", "\"unti\": \"ครั้ง\"", StringComparison.Ordinal)
            .Replace("\"responsibleUnits\": [\"กองคลัง\"]", "\"responsibleUnits\": \"กองคลัง\"", StringComparison.Ordinal);

        var errors = Assert.Throws<PlanFormatException>(() => PlanJson.Read(json)).Errors;

        Assert.Equal(["$.measures[0].responsibleUnits", "$.measures[0].outputs[0].unti", "$.measures[1].area"], errors.Select(e => e.Path));
        Assert.Equal([true, true, true], errors.Select(e => e.Line > 1));
        Assert.Contains("ต้องเป็นรายการ", errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("สะกดผิด", errors[1].Message, StringComparison.Ordinal);
        Assert.Contains("ต้องเป็นตัวเลข", errors[2].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Broken_json_is_reported_with_its_line()
    {
        var json = PlanJson.Valid.Replace("\"area\": 4,", "\"area\": 4,,", StringComparison.Ordinal);

        var error = Assert.Single(Assert.Throws<PlanFormatException>(() => PlanJson.Read(json)).Errors);

        Assert.Equal(8, error.Line);
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var json = """{ "organization": "", "fiscalYear": 1, "measures": [ { "number": 1 }, null ] }""";

        var errors = Assert.Throws<PlanFormatException>(() => PlanJson.Read(json)).Errors.Select(e => e.Path).ToList();

        Assert.Equal(
            ["$.organization", "$.fiscalYear", "$.measures[0].title", "$.measures[0].area", "$.measures[0].responsibleUnits", "$.measures[1]"],
            errors);
    }

    [Theory]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("{}")]
    [InlineData("{ \"measures\": [] }")]
    public void An_empty_or_shapeless_file_is_refused(string json) =>
        Assert.NotEmpty(Assert.Throws<PlanFormatException>(() => PlanJson.Read(json)).Errors);

    [Fact]
    public void An_update_must_refer_to_an_output_the_measure_has()
    {
        var json = PlanJson.Valid.Replace(
            "\"cadence\": \"quarterly\" }",
            "\"cadence\": \"quarterly\" }], \"updates\": [{ \"at\": \"2025-12-20T10:00:00+07:00\", \"by\": \"สมศรี\", \"output\": 2, \"text\": \"ตรวจแล้ว\" }",
            StringComparison.Ordinal);

        var error = Assert.Single(Assert.Throws<PlanFormatException>(() => PlanJson.Read(json)).Errors);

        Assert.Equal("$.measures[0].updates[0].output", error.Path);
    }

    [Fact]
    public void A_status_may_be_written_in_Thai()
    {
        var json = PlanJson.Valid.Replace("\"area\": 7,", "\"area\": 7, \"status\": \"ระหว่างดำเนินการ\",", StringComparison.Ordinal);

        Assert.Equal(Measures.MeasureStatus.InProgress, PlanJson.Read(json).Measures![1]!.Status);
    }
}
