using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Marketo.Soap.Redis.DependencyInjection;

/// <summary>
/// The container's shared limits, one per instance its clients' options name, disposed with the
/// container (after the clients, which the container made later).
/// </summary>
internal sealed class SharedLimitsRegistry(IServiceProvider provider, Func<IServiceProvider, IConnectionMultiplexer> connection) : IDisposable
{
    private readonly ConcurrentDictionary<(string Host, string UserId), Lazy<MarketoRedisLimits>> _limits = new();

    public MarketoRedisLimits For(Uri endpoint, string userId) =>
        _limits.GetOrAdd((endpoint.IdnHost.ToLowerInvariant(), userId), _ => new Lazy<MarketoRedisLimits>(() => MarketoRedisLimits.Create(
            connection(provider),
            endpoint,
            userId,
            provider.GetRequiredService<IOptions<MarketoRedisLimitsOptions>>().Value,
            provider.GetService<ILoggerFactory>()?.CreateLogger<MarketoRedisLimits>(),
            provider.GetRequiredService<TimeProvider>()))).Value;

    public void Dispose()
    {
        foreach (var limits in _limits.Values.Where(limits => limits.IsValueCreated))
        {
            limits.Value.Dispose();
        }
    }
}
