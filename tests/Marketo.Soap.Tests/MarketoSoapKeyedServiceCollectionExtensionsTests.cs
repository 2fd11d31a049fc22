using System.Threading.RateLimiting;
using Marketo.Soap.Tests.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Marketo.Soap.Tests;

/// <summary>Several Marketo instances in one container, each under its own key.</summary>
[Collection(TelemetryCollection.Name)]
public class MarketoSoapKeyedServiceCollectionExtensionsTests
{
    private static readonly Uri EuEndpoint = new("https://111-EUR-111.mktoapi.com/soap/mktows/2_3");
    private static readonly Uri UsEndpoint = new("https://222-USA-222.mktoapi.com/soap/mktows/2_3");

    private static IConfiguration Section(Uri endpoint, string userId, string key) => new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Endpoint"] = endpoint.AbsoluteUri,
            ["UserId"] = userId,
            ["EncryptionKey"] = key,
            ["MaxConcurrentCalls"] = "3",
        })
        .Build();

    private static ServiceProvider TwoInstances(ReplayHandler eu, ReplayHandler us, RateLimiter? euLimiter = null)
    {
        var services = new ServiceCollection();
        services.AddKeyedMarketoSoapClient("eu", Section(EuEndpoint, "eu-user", "eu-key"))
            .AddHttpMessageHandler(_ => new AnsweringHandler(eu));
        services.AddKeyedMarketoSoapClient("us", o =>
        {
            o.Endpoint = UsEndpoint;
            o.UserId = "us-user";
            o.EncryptionKey = "us-key";
        }).AddHttpMessageHandler(_ => new AnsweringHandler(us));
        if (euLimiter is not null)
        {
            services.Configure<MarketoSoapOptions>("eu", o => o.RateLimiter = euLimiter);
        }

        return services.BuildServiceProvider();
    }

    private static ReplayHandler Answers(int count)
    {
        var replay = new ReplayHandler();
        for (var i = 0; i < count; i++)
        {
            replay.ReplyFixture("syncMultipleLeads.response.updated-updated.xml");
        }

        return replay;
    }

    [Fact]
    public void AddKeyedMarketoSoapClient_TwoKeys_ResolvesTwoSingletonsEachWithItsOwnNamedOptions()
    {
        using var provider = TwoInstances(new ReplayHandler(), new ReplayHandler());

        var eu = provider.GetRequiredKeyedService<IMarketoSoapClient>("eu");
        var us = provider.GetRequiredKeyedService<IMarketoSoapClient>("us");
        var options = provider.GetRequiredService<IOptionsMonitor<MarketoSoapOptions>>();

        Assert.NotSame(eu, us);
        Assert.Same(eu, provider.GetRequiredKeyedService<MarketoSoapClient>("eu"));
        Assert.Equal((EuEndpoint, "eu-user", 3), (options.Get("eu").Endpoint, options.Get("eu").UserId, options.Get("eu").MaxConcurrentCalls));
        Assert.Equal((UsEndpoint, "us-user", 10), (options.Get("us").Endpoint, options.Get("us").UserId, options.Get("us").MaxConcurrentCalls));
    }

    [Fact]
    public async Task AddKeyedMarketoSoapClient_TwoKeys_EachSignsWithItsOwnCredentialsOnly()
    {
        var euNetwork = Answers(2);
        var usNetwork = Answers(1);
        using var provider = TwoInstances(euNetwork, usNetwork);

        await provider.GetRequiredKeyedService<IMarketoSoapClient>("eu").SyncMultipleLeadsAsync(SampleRequests.TwoLeads());
        await provider.GetRequiredKeyedService<IMarketoSoapClient>("us").SyncMultipleLeadsAsync(SampleRequests.TwoLeads());
        await provider.GetRequiredKeyedService<IMarketoSoapClient>("eu").SyncMultipleLeadsAsync(SampleRequests.TwoLeads());

        Assert.Equal(["eu-user", "eu-user"], euNetwork.Requests.Select(r => SentHeader.From(r).UserId));
        Assert.Equal(["us-user"], usNetwork.Requests.Select(r => SentHeader.From(r).UserId));
    }

    [Fact]
    public async Task AddKeyedMarketoSoapClient_OneKeyWithItsOwnLimiter_OtherKeysCallsTakeNoPermitFromIt()
    {
        using var euLimiter = new CountingRateLimiter();
        using var provider = TwoInstances(Answers(1), Answers(2), euLimiter);

        await provider.GetRequiredKeyedService<IMarketoSoapClient>("us").SyncMultipleLeadsAsync(SampleRequests.TwoLeads());
        await provider.GetRequiredKeyedService<IMarketoSoapClient>("us").SyncMultipleLeadsAsync(SampleRequests.TwoLeads());
        Assert.Equal(0, euLimiter.PermitsTaken);

        await provider.GetRequiredKeyedService<IMarketoSoapClient>("eu").SyncMultipleLeadsAsync(SampleRequests.TwoLeads());
        Assert.Equal(1, euLimiter.PermitsTaken);
    }

    [Fact]
    public async Task AddKeyedMarketoSoapClient_TwoKeys_TagEachCallWithItsOwnServerAndNeverTheUserId()
    {
        using var recorder = new TelemetryRecorder();
        using var provider = TwoInstances(Answers(1), Answers(1));

        await provider.GetRequiredKeyedService<IMarketoSoapClient>("eu").SyncMultipleLeadsAsync(SampleRequests.TwoLeads());
        await provider.GetRequiredKeyedService<IMarketoSoapClient>("us").SyncMultipleLeadsAsync(SampleRequests.TwoLeads());

        Assert.Equal([EuEndpoint.Host, UsEndpoint.Host], recorder.Activities.Select(a => a.GetTagItem("server.address")));
        Assert.Equal([EuEndpoint.Host, UsEndpoint.Host], recorder.Of("marketo.soap.calls").Select(m => m.Tags["server.address"]));
        var everyTagValue = recorder.Activities.SelectMany(a => a.TagObjects).Select(t => t.Value?.ToString())
            .Concat(recorder.Measurements.SelectMany(m => m.Tags.Values).Select(v => v?.ToString()));
        Assert.DoesNotContain(everyTagValue, v => v is not null && (v.Contains("-user", StringComparison.Ordinal) || v.Contains("-key", StringComparison.Ordinal)));
    }

    [Fact]
    public void AddKeyedMarketoSoapClient_BesideTheUnkeyedClient_EachResolvesItsOwn()
    {
        var services = new ServiceCollection();
        services.AddMarketoSoapClient(SeedCredentials.Apply);
        services.AddKeyedMarketoSoapClient("eu", Section(EuEndpoint, "eu-user", "eu-key"));
        using var provider = services.BuildServiceProvider();

        var unkeyed = provider.GetRequiredService<IMarketoSoapClient>();
        var eu = provider.GetRequiredKeyedService<IMarketoSoapClient>("eu");

        Assert.NotSame(unkeyed, eu);
        Assert.Equal(SeedCredentials.UserId, provider.GetRequiredService<IOptions<MarketoSoapOptions>>().Value.UserId);
    }

    [Fact]
    public void AddKeyedMarketoSoapClient_ServiceAskingFromKeyedServices_GetsThatInstance()
    {
        var services = new ServiceCollection();
        services.AddKeyedMarketoSoapClient("eu", Section(EuEndpoint, "eu-user", "eu-key"));
        services.AddKeyedMarketoSoapClient("us", Section(UsEndpoint, "us-user", "us-key"));
        services.AddSingleton<EuropeanImporter>();
        using var provider = services.BuildServiceProvider();

        var importer = provider.GetRequiredService<EuropeanImporter>();

        Assert.Same(provider.GetRequiredKeyedService<IMarketoSoapClient>("eu"), importer.Marketo);
    }

    [Fact]
    public async Task AddKeyedMarketoSoapClient_BadConfigurationForOneKey_HostRefusesToStart()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddKeyedMarketoSoapClient("eu", Section(EuEndpoint, "eu-user", "eu-key"));
        builder.Services.AddKeyedMarketoSoapClient("us", o => o.Endpoint = UsEndpoint);
        builder.Services.ConfigureMarketoSoapClient("us").DisableWarmUpAtStart();
        using var host = builder.Build();

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Equal(("us", 2), (exception.OptionsName, exception.Failures.Count())); // no user id, no key
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void AddKeyedMarketoSoapClient_EmptyKey_ThrowsArgumentException(string key)
    {
        var services = new ServiceCollection();

        var exception = Assert.ThrowsAny<ArgumentException>(() => services.AddKeyedMarketoSoapClient(key, Section(EuEndpoint, "u", "k")));

        Assert.Equal("serviceKey", exception.ParamName);
    }

    private sealed class EuropeanImporter([FromKeyedServices("eu")] IMarketoSoapClient marketo)
    {
        public IMarketoSoapClient Marketo { get; } = marketo;
    }
}
