using System.Xml.Linq;
using Marketo.Soap.Testing.Tests.TestSupport;
using Marketo.Soap.Tests.TestSupport;

namespace Marketo.Soap.Testing.Tests;

/// <summary>GET <c>?WSDL</c> on the endpoint, as Marketo served it (contract facts §3).</summary>
public class WsdlServingTests
{
    private static readonly XNamespace WsdlSoap = "http://schemas.xmlsoap.org/wsdl/soap/";

    [Theory]
    [InlineData("WSDL")]
    [InlineData("wsdl")]
    [InlineData("Wsdl")]
    public async Task GetWithWsdlQuery_AnyCase_ServesTheWsdlPointingAtTheEmulator(string query)
    {
        await using var emulator = await TestEmulator.StartAsync(TestClock.Create());

        using var response = await EmulatorHttp.Http.GetAsync(new Uri(emulator.Endpoint.AbsoluteUri + "?" + query));

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("text/xml", response.Content.Headers.ContentType?.MediaType);
        var wsdl = XDocument.Parse(await response.Content.ReadAsStringAsync());
        var address = Assert.Single(wsdl.Descendants(WsdlSoap + "address"));
        Assert.Equal(emulator.Endpoint.AbsoluteUri, (string?)address.Attribute("location"));
    }

    [Fact]
    public async Task EveryInterface_EndpointIsLoopbackAndTheWsdlNamesTheHostTheCallerUsed()
    {
        await using var emulator = await TestEmulator.StartAsync(TestClock.Create(), o => o.Host = "0.0.0.0");
        using var request = new HttpRequestMessage(HttpMethod.Get, emulator.WsdlUri);
        request.Headers.Host = $"emulator.test:{emulator.Endpoint.Port}";

        using var response = await EmulatorHttp.Http.SendAsync(request);

        Assert.Equal("127.0.0.1", emulator.Endpoint.Host);
        var wsdl = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal($"http://emulator.test:{emulator.Endpoint.Port}/soap/mktows/2_3", (string?)Assert.Single(wsdl.Descendants(WsdlSoap + "address")).Attribute("location"));
    }

    [Fact]
    public async Task HostThatIsNoIpAddress_IsRefusedAtStart()
    {
        var start = TestEmulator.StartAsync(TestClock.Create(), o => o.Host = "localhost");

        var error = await Assert.ThrowsAsync<ArgumentException>(() => start);

        Assert.Contains("Host", error.Message);
    }

    [Fact]
    public async Task GetWithWsdlQuery_ApartFromTheAddress_IsTheProjectsWsdl()
    {
        await using var emulator = await TestEmulator.StartAsync(TestClock.Create());

        var served = XDocument.Parse(await EmulatorHttp.Http.GetStringAsync(emulator.WsdlUri));

        var project = XDocument.Load(Fixtures.WsdlPath);
        foreach (var address in served.Descendants(WsdlSoap + "address").Concat(project.Descendants(WsdlSoap + "address")))
        {
            address.SetAttributeValue("location", "ignored");
        }

        XmlAssert.SemanticallyEqual(project.Root!, served.Root!);
    }

    [Fact]
    public async Task WsdlUri_IsTheEndpointWithWsdlQuery()
    {
        await using var emulator = await TestEmulator.StartAsync(TestClock.Create());

        Assert.Equal(emulator.Endpoint.AbsoluteUri + "?WSDL", emulator.WsdlUri.AbsoluteUri);
    }

    [Fact]
    public async Task GetWithoutWsdlQuery_IsMethodNotAllowed()
    {
        await using var emulator = await TestEmulator.StartAsync(TestClock.Create());

        using var response = await EmulatorHttp.Http.GetAsync(emulator.Endpoint);

        Assert.Equal(405, (int)response.StatusCode);
    }

    [Fact]
    public async Task AnotherPath_IsNotFound()
    {
        await using var emulator = await TestEmulator.StartAsync(TestClock.Create());

        using var response = await EmulatorHttp.Http.GetAsync(new Uri(emulator.Endpoint, "/soap/mktows/2_2?WSDL"));

        Assert.Equal(404, (int)response.StatusCode);
    }

    [Fact]
    public async Task WsdlRequests_AreNotLoggedAsExchanges()
    {
        await using var emulator = await TestEmulator.StartAsync(TestClock.Create());

        await EmulatorHttp.Http.GetStringAsync(emulator.WsdlUri);

        Assert.Empty(emulator.Exchanges);
    }
}
