using System.Text.Json;
using System.Text.Json.Serialization;
using ItaBot.Bot.Dialogs.Approvals;
using ItaBot.Bot.Dialogs.Complaints;
using ItaBot.Bot.Dialogs.Feedback;
using ItaBot.Bot.Dialogs.Measures;
using ItaBot.Bot.Dialogs.People;
using ItaBot.Bot.Dialogs.Privacy;

namespace ItaBot.Bot.Dialogs;

/// <summary>The JSON of dialog stacks and their states; Thai stays readable in the database.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(List<DialogFrame>))]
[JsonSerializable(typeof(UpdateMeasureState))]
[JsonSerializable(typeof(SetMeasureStatusState))]
[JsonSerializable(typeof(FileComplaintState))]
[JsonSerializable(typeof(HandleComplaintState))]
[JsonSerializable(typeof(RateComplaintState))]
[JsonSerializable(typeof(SurveyState))]
[JsonSerializable(typeof(SuggestionState))]
[JsonSerializable(typeof(EraseMyDataState))]
[JsonSerializable(typeof(InviteState))]
[JsonSerializable(typeof(ReviewReportState))]
internal sealed partial class DialogJsonContext : JsonSerializerContext;
