using System.Collections.Concurrent;
using Marketo.Soap.Hosting;
using Marketo.Soap.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Marketo.Soap.Tests;

/// <summary>HTTP handlers and start-up behaviour added to one registration through its builder.</summary>
public class MarketoSoapClientBuilderExtensionsTests
{
    [Fact]
    public async Task AddHttpMessageHandler_TwoFromTheContainerAndOneInOptions_RunInRegistrationOrderThenTheOptionsOne()
    {
        var order = new ConcurrentQueue<string>();
        var network = new ReplayHandler().ReplyFixture("syncMultipleLeads.response.updated-updated.xml");
        var services = new ServiceCollection();
        services.AddSingleton(order);
        services.AddTransient<ProxyHandler>();
        services.AddKeyedMarketoSoapClient("eu", o =>
        {
            SeedCredentials.Apply(o);
            o.HttpHandlers.Add(() => new OrderRecordingHandler("from options", order));
            o.HttpHandlers.Add(() => new AnsweringHandler(network));
        })
            .AddHttpMessageHandler<ProxyHandler>()
            .AddHttpMessageHandler(_ => new OrderRecordingHandler("from a factory", order));
        using var provider = services.BuildServiceProvider();

        await provider.GetRequiredKeyedService<IMarketoSoapClient>("eu").SyncMultipleLeadsAsync(SampleRequests.TwoLeads());

        Assert.Equal(["proxy", "from a factory", "from options"], order);
        Assert.Single(network.Requests);
    }

    [Fact]
    public async Task AddHttpMessageHandler_OnTheUnkeyedClient_AppliesToItAndNotToAKeyedOne()
    {
        var order = new ConcurrentQueue<string>();
        var services = new ServiceCollection();
        services.AddMarketoSoapClient(o =>
        {
            SeedCredentials.Apply(o);
            o.HttpHandlers.Add(() => new AnsweringHandler(new ReplayHandler().ReplyFixture("syncMultipleLeads.response.updated-updated.xml")));
        });
        services.ConfigureMarketoSoapClient().AddHttpMessageHandler(_ => new OrderRecordingHandler("unkeyed", order));
        services.AddKeyedMarketoSoapClient("eu", o =>
        {
            SeedCredentials.Apply(o);
            o.HttpHandlers.Add(() => new AnsweringHandler(new ReplayHandler().ReplyFixture("syncMultipleLeads.response.updated-updated.xml")));
        });
        using var provider = services.BuildServiceProvider();

        await provider.GetRequiredKeyedService<IMarketoSoapClient>("eu").SyncMultipleLeadsAsync(SampleRequests.TwoLeads());
        Assert.Empty(order);

        await provider.GetRequiredService<IMarketoSoapClient>().SyncMultipleLeadsAsync(SampleRequests.TwoLeads());
        Assert.Equal(["unkeyed"], order);
    }

    [Fact]
    public void AddMarketoSoapClient_Registered_AddsTheWarmUpHostedServiceOnce()
    {
        var services = new ServiceCollection();
        services.AddMarketoSoapClient(SeedCredentials.Apply);
        services.AddKeyedMarketoSoapClient("eu", SeedCredentials.Apply);
        using var provider = services.BuildServiceProvider();

        var warmUp = Assert.Single(provider.GetServices<IHostedService>());

        Assert.IsType<WarmUpHostedService>(warmUp);
        Assert.True(provider.GetRequiredService<IOptions<WarmUpSettings>>().Value.Enabled);
    }

    [Fact]
    public void DisableWarmUpAtStart_OnAnyRegistration_TurnsTheWarmUpOff()
    {
        var services = new ServiceCollection();
        services.AddMarketoSoapClient(SeedCredentials.Apply);
        services.AddKeyedMarketoSoapClient("eu", SeedCredentials.Apply).DisableWarmUpAtStart();
        using var provider = services.BuildServiceProvider();

        Assert.False(provider.GetRequiredService<IOptions<WarmUpSettings>>().Value.Enabled);
    }

    [Fact]
    public void BuilderMethods_NullArguments_ThrowArgumentNull()
    {
        var builder = new ServiceCollection().ConfigureMarketoSoapClient("eu");

        Assert.Equal("builder", Assert.Throws<ArgumentNullException>(() => ((IMarketoSoapClientBuilder)null!).AddHttpMessageHandler<ProxyHandler>()).ParamName);
        Assert.Equal("factory", Assert.Throws<ArgumentNullException>(() => builder.AddHttpMessageHandler(null!)).ParamName);
        Assert.Equal("builder", Assert.Throws<ArgumentNullException>(() => ((IMarketoSoapClientBuilder)null!).DisableWarmUpAtStart()).ParamName);
    }

    private sealed class ProxyHandler(ConcurrentQueue<string> order) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            order.Enqueue("proxy");
            return base.SendAsync(request, cancellationToken);
        }
    }
}
