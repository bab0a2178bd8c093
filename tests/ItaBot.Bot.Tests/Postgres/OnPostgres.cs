using ItaBot.Bot.Tests.Complaints;
using ItaBot.Bot.Tests.Conversation;
using ItaBot.Bot.Tests.Dialogs;
using ItaBot.Bot.Tests.Jobs;
using ItaBot.Bot.Tests.Line;
using ItaBot.Bot.Tests.People;
using ItaBot.Bot.Tests.Support;

// The test classes whose every test runs again with the bot on PostgreSQL: those that write the most, at once, through
// the paths written differently for it (the inbox's plain SQL, instants in UTC, arrays, concurrency tokens, unique keys).
namespace ItaBot.Bot.Tests.Postgres;

public sealed class RestartTestsOnPostgres : RestartTests, IOnPostgres;

public sealed class FiscalYearSimulationTestsOnPostgres : FiscalYearSimulationTests, IOnPostgres;

public sealed class WebhookTestsOnPostgres : WebhookTests, IOnPostgres;

public sealed class LoadTestsOnPostgres : LoadTests, IOnPostgres;

public sealed class DeliveryTestsOnPostgres : DeliveryTests, IOnPostgres;

public sealed class FileComplaintTestsOnPostgres : FileComplaintTests, IOnPostgres;

public sealed class HandleComplaintTestsOnPostgres : HandleComplaintTests, IOnPostgres;

public sealed class FeedbackTestsOnPostgres : FeedbackTests, IOnPostgres;

public sealed class UpdateMeasureDialogTestsOnPostgres : UpdateMeasureDialogTests, IOnPostgres;

public sealed class RegistrationTestsOnPostgres : RegistrationTests, IOnPostgres;

public sealed class JobDeliveryTestsOnPostgres : JobDeliveryTests, IOnPostgres;

public sealed class MyWorkTestsOnPostgres : MyWorkTests, IOnPostgres;
