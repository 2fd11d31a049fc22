using System.Net;
using System.Net.Sockets;
using System.Globalization;
using Garnet;
using StackExchange.Redis;

namespace Marketo.Soap.Redis.Tests.TestSupport;

/// <summary>
/// The Redis-protocol server the tests share: the one <c>MARKETO_SOAP_TEST_REDIS</c> names
/// (<c>host:port</c>, a real redis-server in CI), or else Microsoft Garnet started in this process
/// on a free loopback port, with Lua scripting on because RedisRateLimiting's limiters are scripts.
/// </summary>
/// <remarks>Tests keep apart by giving each its own key prefix, never by flushing the server.</remarks>
public sealed class RedisServer : IAsyncLifetime
{
    public const string EnvironmentVariable = "MARKETO_SOAP_TEST_REDIS";

    private GarnetServer? _garnet;

    /// <summary><c>host:port</c> of the server, for other processes too.</summary>
    public string EndPoint { get; private set; } = "";

    /// <summary>Which server the tests run against, for their output.</summary>
    public string Kind { get; private set; } = "";

    public IConnectionMultiplexer Connection { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var external = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (string.IsNullOrWhiteSpace(external))
        {
            var port = FreeLoopbackPort();
            _garnet = new GarnetServer(["--bind", "127.0.0.1", "--port", port.ToString(CultureInfo.InvariantCulture), "--lua", "true", "--logger-level", "Warning"]);
            _garnet.Start();
            EndPoint = $"127.0.0.1:{port}";
            Kind = "Garnet (in process)";
        }
        else
        {
            EndPoint = external.Trim();
            Kind = $"Redis at {EndPoint}";
        }

        Connection = await ConnectionMultiplexer.ConnectAsync(Configuration(EndPoint));
    }

    public async Task DisposeAsync()
    {
        await Connection.DisposeAsync();
        _garnet?.Dispose();
    }

    /// <summary>Connection settings for the tests: fail at once rather than queue commands while disconnected.</summary>
    public static ConfigurationOptions Configuration(string endPoint)
    {
        var options = ConfigurationOptions.Parse(endPoint);
        options.AbortOnConnectFail = false;
        options.BacklogPolicy = BacklogPolicy.FailFast;
        return options;
    }

    /// <summary>A loopback port nothing listens on, as far as this moment goes.</summary>
    public static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>Shares one <see cref="RedisServer"/> among every test class that names it.</summary>
[CollectionDefinition(Name)]
public sealed class RedisCollection : ICollectionFixture<RedisServer>
{
    public const string Name = "Redis";
}
