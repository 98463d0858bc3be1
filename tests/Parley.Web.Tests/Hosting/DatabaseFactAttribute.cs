using Parley.Tests;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Parley.Web.Tests.Hosting;

/// <summary>
/// A fact that runs on the database of its test class: always on SQLite, on
/// PostgreSQL only when <c>PARLEY_TEST_POSTGRES</c> is set, skipped with one line otherwise.
/// </summary>
[XunitTestCaseDiscoverer("Parley.Web.Tests.Hosting.DatabaseFactDiscoverer", "Parley.Web.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class DatabaseFactAttribute : FactAttribute
{
}

/// <summary>Discovers <see cref="DatabaseFactAttribute"/> tests, skipping PostgreSQL ones when no server is given.</summary>
public sealed class DatabaseFactDiscoverer(IMessageSink diagnostics) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var type = testMethod.TestClass.Class.ToRuntimeType();
        bool postgres = type.GetInterfaces().Any(i => i == typeof(IPostgresTests));
        if (postgres && PostgresServer.ConnectionString is null)
        {
            return [new XunitSkippedDataRowTestCase(diagnostics, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, PostgresServer.SkipReason)];
        }

        return [new XunitTestCase(diagnostics, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod)];
    }
}

/// <summary>Marks a test class that runs on PostgreSQL.</summary>
public interface IPostgresTests
{
}
