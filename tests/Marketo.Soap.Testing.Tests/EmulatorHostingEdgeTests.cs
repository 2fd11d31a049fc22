using System.Net;
using System.Text;
using System.Xml.Linq;
using Marketo.Soap.Testing.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Marketo.Soap.Testing.Tests;

/// <summary>How an emulator starts, listens, reads bodies, and keeps its state folder.</summary>
public class EmulatorHostingEdgeTests
{
    private static readonly XNamespace WsdlSoap = "http://schemas.xmlsoap.org/wsdl/soap/";
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _clock = TestClock.Create();

    [Fact]
    public async Task GeneratedEncryptionKey_IsLowercaseHex()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);

        Assert.Matches("^[0-9a-f]{32}$", emulator.EncryptionKey);
    }

    [Fact]
    public async Task StrictByDefault_TheEmulatorIsStrict()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);

        Assert.True(emulator.Strict);
    }

    [Fact]
    public async Task Answers_CarryNoServerHeader()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);

        using var response = await EmulatorHttp.Http.GetAsync(emulator.WsdlUri);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Headers.Server);
    }

    [Fact]
    public async Task WebHost_LeavesTheProcessSignalsAndExitToTheProcess()
    {
        // The web host's default lifetime would cancel the process's Ctrl+C and SIGTERM and hold
        // its exit for every emulator not disposed; the emulator's own lifetime does neither.
        await using var emulator = await TestEmulator.StartAsync(_clock);

        var lifetime = emulator.HostServices.GetRequiredService<Microsoft.Extensions.Hosting.IHostLifetime>();

        Assert.IsType<Marketo.Soap.Testing.Internal.EmbeddedHostLifetime>(lifetime);
    }

    [Fact]
    public async Task EveryIPv6Interface_EndpointIsTheIPv6Loopback()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock, o => o.Host = "::");

        Assert.Equal("[::1]", emulator.Endpoint.Host);
    }

    [Fact]
    public async Task OneInterface_WsdlNamesTheEndpointWhateverHostTheCallerUsed()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        using var request = new HttpRequestMessage(HttpMethod.Get, emulator.WsdlUri);
        request.Headers.Host = $"emulator.test:{emulator.Endpoint.Port}";

        using var response = await EmulatorHttp.Http.SendAsync(request);

        var wsdl = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(emulator.Endpoint.AbsoluteUri, (string?)Assert.Single(wsdl.Descendants(WsdlSoap + "address")).Attribute("location"));
    }

    [Fact]
    public async Task ChunkedRequest_WithoutContentLength_IsReadExactly()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        // Large enough to reach the emulator in several reads, so its buffer ends up larger than the body.
        var body = Wire.SyncMultipleLeads([.. Enumerable.Range(1, 200).Select(i => Wire.Lead(email: $"chunked{i}@example.com"))]);
        var xml = RequestSigner.Envelope(RequestSigner.Header(emulator.UserId, emulator.EncryptionKey, RequestSigner.Timestamp(_clock.GetUtcNow())), body).ToString();
        using var content = new StreamContent(new UnseekableStream(Encoding.UTF8.GetBytes(xml)));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/xml") { CharSet = "utf-8" };
        using var request = new HttpRequestMessage(HttpMethod.Post, emulator.Endpoint) { Content = content };
        request.Headers.TransferEncodingChunked = true;
        request.Headers.Add("SOAPAction", EmulatorHttp.SoapActionOf(body));

        using var response = await EmulatorHttp.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(200, emulator.Store.Leads.Count);
        Assert.DoesNotContain("\0", Assert.Single(emulator.Exchanges).RequestBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DroppedConnection_ExchangeHasNoResponseBody()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        emulator.Faults.Inject(InjectedFault.DropConnection());

        await Assert.ThrowsAsync<HttpRequestException>(() => emulator.PostAsync(Wire.SyncMultipleLeads(Wire.Lead(email: "a@example.com")), _clock));

        var exchange = Assert.Single(emulator.Exchanges);
        Assert.Null(exchange.ResponseBody);
        Assert.Null(exchange.HttpStatusCode);
    }

    [Fact]
    public async Task StateFolderThatDoesNotExistYet_IsCreatedWhenTheStoreIsSaved()
    {
        var parent = Directory.CreateTempSubdirectory("emulator-state-").FullName;
        var folder = Path.Combine(parent, "not", "yet");
        try
        {
            await using (var emulator = await TestEmulator.StartAsync(_clock, o => o.StateFolder = folder))
            {
                emulator.Store.AddLead(new StoredLead { Email = "kept@example.com" });
            }

            Assert.True(File.Exists(Path.Combine(folder, "store.json")));
        }
        finally
        {
            Directory.Delete(parent, recursive: true);
        }
    }

    [Fact]
    public async Task SavedStateAndSeedFiles_StartFromTheStateAndResetToTheSeeds()
    {
        var folder = Directory.CreateTempSubdirectory("emulator-state-").FullName;
        var seed = Path.Combine(folder, "seed.json");
        File.WriteAllText(seed, """{"leads": [{"id": 7, "email": "seeded@example.com"}]}""");
        try
        {
            await using (var first = await TestEmulator.StartAsync(_clock, o => Configure(o, folder, seed)))
            {
                first.Store.AddLead(new StoredLead { Email = "added@example.com" });
            }

            await using var second = await TestEmulator.StartAsync(_clock, o => Configure(o, folder, seed));
            var started = second.Store.Leads.Select(l => l.Email).ToList();
            second.ResetStore();

            Assert.Equal(["seeded@example.com", "added@example.com"], started);
            Assert.Equal(["seeded@example.com"], second.Store.Leads.Select(l => l.Email));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task BlankSeedFilePath_IsRefusedAsAnArgument()
    {
        var options = new MarketoSoapEmulatorOptions { TimeProvider = _clock };
        options.SeedFiles.Add(" ");

        await Assert.ThrowsAsync<ArgumentException>(() => MarketoSoapEmulator.StartAsync(options));
    }

    [Fact]
    public async Task SeedFileOfTheWrongShape_IsNamedWithWhereAndWhyOnly()
    {
        var folder = Directory.CreateTempSubdirectory("emulator-seed-").FullName;
        var seed = Path.Combine(folder, "wrong.json");
        File.WriteAllText(seed, """{"leads": 5}""");
        try
        {
            var options = new MarketoSoapEmulatorOptions { TimeProvider = _clock };
            options.SeedFiles.Add(seed);

            var error = await Assert.ThrowsAsync<ArgumentException>(() => MarketoSoapEmulator.StartAsync(options));

            Assert.StartsWith(seed + ": The seed is not valid at $.leads: ", error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("LineNumber", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void Configure(MarketoSoapEmulatorOptions options, string folder, string seed)
    {
        options.StateFolder = folder;
        options.SeedFiles.Add(seed);
    }

    /// <summary>A body of unknown length, so the client sends it chunked, as a streaming caller would.</summary>
    private sealed class UnseekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }
    }
}
