using Marketo.Soap.Health;
using Marketo.Soap.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Moq;

namespace Marketo.Soap.Tests.Health;

/// <summary>
/// Registration of the health check; its verdicts are driven end to end against the emulator in
/// <c>Marketo.Soap.Testing.Tests</c>.
/// </summary>
public class MarketoSoapHealthCheckTests
{
    [Fact]
    public async Task AddMarketoSoap_KeyedAndUnkeyed_RegistersOneNamedCheckEachThatIsHealthyBeforeAnyCall()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddMarketoSoapClient(SeedCredentials.Apply);
        services.AddKeyedMarketoSoapClient("eu", SeedCredentials.Apply);
        services.AddHealthChecks().AddMarketoSoap().AddMarketoSoap("eu", tags: ["marketo"]);
        await using var provider = services.BuildServiceProvider();

        var report = await provider.GetRequiredService<HealthCheckService>().CheckHealthAsync();

        Assert.Equal(["marketo-soap", "marketo-soap-eu"], report.Entries.Keys.Order());
        Assert.All(report.Entries.Values, entry => Assert.Equal((HealthStatus.Healthy, "No calls yet."), (entry.Status, entry.Description)));
        Assert.Equal(["marketo"], report.Entries["marketo-soap-eu"].Tags);
    }

    [Fact]
    public async Task AddMarketoSoap_UsersOwnClientRegistered_ReportsHealthyWithoutRecord()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton(new Mock<MarketoSoapClient>().Object);
        services.AddHealthChecks().AddMarketoSoap();
        await using var provider = services.BuildServiceProvider();

        var report = await provider.GetRequiredService<HealthCheckService>().CheckHealthAsync();

        Assert.Equal(HealthStatus.Healthy, report.Entries["marketo-soap"].Status);
    }

    [Fact]
    public void Assess_RefusedCredentials_ReportsTheRegistrationsFailureStatus()
    {
        var now = DateTimeOffset.UnixEpoch;
        var recent = new RecentCallsSnapshot(now, null, new MarketoAuthenticationException("denied", new MarketoErrorCode(20014), "SOAP-ENV:Client", null), null, null, 0);

        var result = MarketoSoapHealthCheck.Assess(recent, HealthStatus.Degraded);

        Assert.Equal(HealthStatus.Degraded, result.Status);
        Assert.Contains("20014", result.Description, StringComparison.Ordinal);
    }
}
