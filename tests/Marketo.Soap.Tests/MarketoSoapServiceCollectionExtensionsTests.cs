using Marketo.Soap.Tests.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace Marketo.Soap.Tests;

public class MarketoSoapServiceCollectionExtensionsTests
{
    private static IConfiguration Configuration(params (string Key, string? Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    private static IConfiguration ValidSection() => Configuration(
        ("Marketo:Endpoint", "https://100-AEK-913.mktoapi.com/soap/mktows/2_3"),
        ("Marketo:UserId", SeedCredentials.UserId),
        ("Marketo:EncryptionKey", SeedCredentials.EncryptionKey),
        ("Marketo:Timeout", "00:00:30")).GetSection("Marketo");

    private static void ConfigureValid(MarketoSoapOptions options)
    {
        options.Endpoint = SeedCredentials.Endpoint;
        options.UserId = SeedCredentials.UserId;
        options.EncryptionKey = SeedCredentials.EncryptionKey;
    }

    [Fact]
    public void AddMarketoSoapClient_ConfigurationSection_BindsEveryOption()
    {
        using var provider = new ServiceCollection().AddMarketoSoapClient(ValidSection()).BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<MarketoSoapOptions>>().Value;

        Assert.Equal(
            (SeedCredentials.Endpoint, SeedCredentials.UserId, SeedCredentials.EncryptionKey, TimeSpan.FromSeconds(30)),
            (options.Endpoint, options.UserId, options.EncryptionKey, options.Timeout));
    }

    [Fact]
    public void AddMarketoSoapClient_ConfigurationSection_ResolvesTheClient()
    {
        using var provider = new ServiceCollection().AddMarketoSoapClient(ValidSection()).BuildServiceProvider();

        Assert.IsType<MarketoSoapClient>(provider.GetRequiredService<IMarketoSoapClient>());
    }

    [Fact]
    public void AddMarketoSoapClient_Delegate_AppliesTheDelegate()
    {
        using var provider = new ServiceCollection().AddMarketoSoapClient(o =>
        {
            ConfigureValid(o);
            o.Timeout = TimeSpan.FromMinutes(2);
        }).BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<MarketoSoapOptions>>().Value;

        Assert.Equal((SeedCredentials.UserId, TimeSpan.FromMinutes(2)), (options.UserId, options.Timeout));
        Assert.IsType<MarketoSoapClient>(provider.GetRequiredService<IMarketoSoapClient>());
    }

    [Fact]
    public async Task AddMarketoSoapClient_BadConfiguration_HostRefusesToStartListingEveryProblem()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddMarketoSoapClient(Configuration(("Marketo:Endpoint", "http://marketo.example.com/")).GetSection("Marketo"));
        using var host = builder.Build();

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Equal(3, exception.Failures.Count()); // http to a remote host, no user id, no key
    }

    [Fact]
    public async Task AddMarketoSoapClient_BadDelegate_HostRefusesToStart()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddMarketoSoapClient(o =>
        {
            ConfigureValid(o);
            o.Timeout = TimeSpan.Zero;
        });
        using var host = builder.Build();

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.StartsWith("Timeout must be between", Assert.Single(exception.Failures));
    }

    [Fact]
    public async Task AddMarketoSoapClient_GoodConfiguration_HostStarts()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddMarketoSoapClient(ValidSection());
        using var host = builder.Build();

        await host.StartAsync();
        await host.StopAsync();

        Assert.NotNull(host.Services.GetRequiredService<IMarketoSoapClient>());
    }

    [Fact]
    public void AddMarketoSoapClient_CalledTwice_RegistersOneClientAndOneValidator()
    {
        var services = new ServiceCollection().AddMarketoSoapClient(ConfigureValid).AddMarketoSoapClient(ValidSection());

        Assert.Single(services, d => d.ServiceType == typeof(IMarketoSoapClient));
        Assert.Single(services, d => d.ServiceType == typeof(MarketoSoapClient));
        Assert.Single(services, d => d.ServiceType == typeof(IValidateOptions<MarketoSoapOptions>));
        Assert.Single(services, d => d.ServiceType == typeof(TimeProvider));
    }

    [Fact]
    public void AddMarketoSoapClient_UserRegisteredOwnClientFirst_UsersClientWins()
    {
        var own = Mock.Of<IMarketoSoapClient>();
        var services = new ServiceCollection().AddSingleton(own).AddMarketoSoapClient(ConfigureValid);
        using var provider = services.BuildServiceProvider();

        Assert.Same(own, provider.GetRequiredService<IMarketoSoapClient>());
    }

    [Fact]
    public void AddMarketoSoapClient_UserRegisteredOwnTimeProvider_UsersClockWins()
    {
        var clock = new FakeTimeProvider();
        using var provider = new ServiceCollection().AddSingleton<TimeProvider>(clock).AddMarketoSoapClient(ConfigureValid).BuildServiceProvider();

        Assert.Same(clock, provider.GetRequiredService<TimeProvider>());
    }

    [Fact]
    public void AddMarketoSoapClient_Resolved_InterfaceAndClassAreOneSingleton()
    {
        using var provider = new ServiceCollection().AddMarketoSoapClient(ConfigureValid).BuildServiceProvider();

        var byInterface = provider.GetRequiredService<IMarketoSoapClient>();
        var byClass = provider.GetRequiredService<MarketoSoapClient>();

        Assert.Same(byClass, byInterface);
        Assert.Same(byClass, provider.GetRequiredService<IMarketoSoapClient>());
        Assert.Same(byClass, provider.CreateScope().ServiceProvider.GetRequiredService<MarketoSoapClient>());
    }

    [Fact]
    public async Task AddMarketoSoapClient_UsersOwnClientAndNoMarketoConfiguration_HostStarts()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddMarketoSoapClient(Configuration().GetSection("Marketo"));
        builder.Services.AddSingleton(Mock.Of<IMarketoSoapClient>());
        using var host = builder.Build();

        await host.StartAsync();
        await host.StopAsync();

        Assert.IsNotType<MarketoSoapClient>(host.Services.GetRequiredService<IMarketoSoapClient>());
    }

    [Fact]
    public async Task AddMarketoSoapClient_UsersOwnClientRegisteredFirstAndNoMarketoConfiguration_HostStarts()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddSingleton(Mock.Of<IMarketoSoapClient>());
        builder.Services.AddMarketoSoapClient(Configuration().GetSection("Marketo"));
        using var host = builder.Build();

        await host.StartAsync();
        await host.StopAsync();

        Assert.IsNotType<MarketoSoapClient>(host.Services.GetRequiredService<IMarketoSoapClient>());
    }

    [Fact]
    public void AddMarketoSoapClient_CalledTwiceWithDifferentSections_TakesEveryOptionFromTheLastOne()
    {
        var configuration = Configuration(
            ("First:Endpoint", "https://111-AAA-111.mktoapi.com/soap/mktows/2_3"),
            ("First:UserId", "first_user"),
            ("First:EncryptionKey", "first-key"),
            ("First:Timeout", "00:00:45"),
            ("Second:Endpoint", "https://222-BBB-222.mktoapi.com/soap/mktows/2_3"),
            ("Second:UserId", "second_user"));
        using var provider = new ServiceCollection()
            .AddMarketoSoapClient(configuration.GetSection("First"))
            .AddMarketoSoapClient(configuration.GetSection("Second"))
            .BuildServiceProvider();

        var options = new MarketoSoapOptions();
        foreach (var configure in provider.GetServices<IConfigureOptions<MarketoSoapOptions>>())
        {
            configure.Configure(options);
        }

        Assert.Equal(
            (new Uri("https://222-BBB-222.mktoapi.com/soap/mktows/2_3"), "second_user", (string?)null, TimeSpan.FromSeconds(90)),
            (options.Endpoint, options.UserId, options.EncryptionKey, options.Timeout));
        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<MarketoSoapOptions>>().Value);
    }

    [Fact]
    public void AddMarketoSoapClient_SectionThenDelegate_TheDelegateAloneConfiguresTheClient()
    {
        using var provider = new ServiceCollection()
            .AddMarketoSoapClient(ValidSection())
            .AddMarketoSoapClient(o =>
            {
                o.Endpoint = new Uri("http://127.0.0.1:5000/soap/mktows/2_3");
                o.UserId = "emulator_user";
                o.EncryptionKey = "emulator-key";
            })
            .BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<MarketoSoapOptions>>().Value;

        Assert.Equal(("emulator_user", TimeSpan.FromSeconds(90)), (options.UserId, options.Timeout));
    }

    [Fact]
    public void AddMarketoSoapClient_CalledTwice_KeepsTheApplicationsOwnConfiguration()
    {
        using var provider = new ServiceCollection()
            .AddMarketoSoapClient(ValidSection())
            .Configure<MarketoSoapOptions>(o => o.MaxConcurrentCalls = 3)
            .AddMarketoSoapClient(ConfigureValid)
            .BuildServiceProvider();

        Assert.Equal(3, provider.GetRequiredService<IOptions<MarketoSoapOptions>>().Value.MaxConcurrentCalls);
    }

    [Fact]
    public void AddMarketoSoapClient_NullArguments_ThrowArgumentNull()
    {
        var services = new ServiceCollection();

        Assert.Equal("services", Assert.Throws<ArgumentNullException>(() => ((IServiceCollection)null!).AddMarketoSoapClient(ConfigureValid)).ParamName);
        Assert.Equal("services", Assert.Throws<ArgumentNullException>(() => ((IServiceCollection)null!).AddMarketoSoapClient(ValidSection())).ParamName);
        Assert.Equal("configure", Assert.Throws<ArgumentNullException>(() => services.AddMarketoSoapClient((Action<MarketoSoapOptions>)null!)).ParamName);
        Assert.Equal("configuration", Assert.Throws<ArgumentNullException>(() => services.AddMarketoSoapClient((IConfiguration)null!)).ParamName);
    }
}
