using System.Reflection;
using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: TestFramework("ItaBot.Bot.Tests.Support.PostgresTestFramework", "ItaBot.Bot.Tests")]

namespace ItaBot.Bot.Tests.Support;

/// <summary>
/// A test class whose tests run on a database of <see cref="PostgresServer"/>'s: mostly a subclass of a test class,
/// whose tests then run again there. <see cref="TestDatabase.For"/> reads it to choose the database.
/// </summary>
#pragma warning disable CA1040 // A marker: the test framework and TestDatabase look for it by type.
public interface IOnPostgres
{
}
#pragma warning restore CA1040

/// <summary>
/// xunit as usual, except that the tests of an <see cref="IOnPostgres"/> class are reported skipped, with the reason,
/// when no PostgreSQL server is configured. The class says it once for all its tests, inherited ones included, which
/// their own attributes could not.
/// </summary>
public sealed class PostgresTestFramework(IMessageSink messageSink) : XunitTestFramework(messageSink)
{
    protected override ITestFrameworkDiscoverer CreateDiscoverer(IAssemblyInfo assemblyInfo) =>
        new Discoverer(assemblyInfo, SourceInformationProvider, DiagnosticMessageSink);

    protected override ITestFrameworkExecutor CreateExecutor(AssemblyName assemblyName) =>
        new Executor(assemblyName, SourceInformationProvider, DiagnosticMessageSink);

    private sealed class Discoverer(IAssemblyInfo assembly, ISourceInformationProvider source, IMessageSink sink)
        : XunitTestFrameworkDiscoverer(assembly, source, sink)
    {
        protected override bool FindTestsForMethod(
            ITestMethod testMethod, bool includeSourceInformation, IMessageBus messageBus, ITestFrameworkDiscoveryOptions discoveryOptions)
        {
            if (PostgresServer.SkipReason is not { } reason || !typeof(IOnPostgres).IsAssignableFrom(testMethod.TestClass.Class.ToRuntimeType())
                || !testMethod.Method.GetCustomAttributes(typeof(FactAttribute)).Any())
            {
                return base.FindTestsForMethod(testMethod, includeSourceInformation, messageBus, discoveryOptions);
            }

            var skipped = new XunitSkippedDataRowTestCase(
                DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, reason);
            return ReportDiscoveredTestCase(skipped, includeSourceInformation, messageBus);
        }
    }

    private sealed class Executor(AssemblyName assembly, ISourceInformationProvider source, IMessageSink sink)
        : XunitTestFrameworkExecutor(assembly, source, sink)
    {
        protected override ITestFrameworkDiscoverer CreateDiscoverer() => new Discoverer(AssemblyInfo, SourceInformationProvider, DiagnosticMessageSink);
    }
}
