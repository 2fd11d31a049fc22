using Marketo.Soap.Redis;
using Marketo.Soap.Redis.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers shared Redis limits for the <c>IMarketoSoapClient</c> that <c>AddMarketoSoapClient</c> registers.</summary>
public static class MarketoSoapRedisServiceCollectionExtensions
{
    /// <summary>
    /// Makes the registered Marketo client take every call's permits from limits shared through
    /// Redis, by the instance its options name (endpoint host and user id), with Marketo's limits
    /// and the <see cref="IConnectionMultiplexer"/> registered in the container.
    /// </summary>
    /// <param name="services">The services, with <c>AddMarketoSoapClient</c> called before or after.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    /// <example><code>
    /// services.AddSingleton&lt;IConnectionMultiplexer&gt;(_ =&gt; ConnectionMultiplexer.Connect("redis:6379,abortConnect=false"));
    /// services.AddMarketoSoapClient(configuration.GetSection("Marketo")).UseMarketoRedisLimits();
    /// </code></example>
    public static IServiceCollection UseMarketoRedisLimits(this IServiceCollection services) =>
        services.UseMarketoRedisLimits(provider => provider.GetRequiredService<IConnectionMultiplexer>(), configure: null);

    /// <summary>
    /// Makes the registered Marketo client take every call's permits from limits shared through
    /// Redis, by the instance its options name (endpoint host and user id), with the
    /// <see cref="IConnectionMultiplexer"/> registered in the container.
    /// </summary>
    /// <param name="services">The services, with <c>AddMarketoSoapClient</c> called before or after.</param>
    /// <param name="configure">Changes the limits or the behaviour when Redis is down.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="configure"/> is null.</exception>
    public static IServiceCollection UseMarketoRedisLimits(this IServiceCollection services, Action<MarketoRedisLimitsOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return services.UseMarketoRedisLimits(provider => provider.GetRequiredService<IConnectionMultiplexer>(), configure);
    }

    /// <summary>
    /// Makes the registered Marketo client take every call's permits from limits shared through
    /// <paramref name="connection"/>, by the instance its options name (endpoint host and user id).
    /// </summary>
    /// <param name="services">The services, with <c>AddMarketoSoapClient</c> called before or after.</param>
    /// <param name="connection">The Redis connection every process of the fleet points at the same Redis.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <remarks>The limits are Marketo's unless <c>services.Configure&lt;MarketoRedisLimitsOptions&gt;(…)</c> changes them.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="connection"/> is null.</exception>
    public static IServiceCollection UseMarketoRedisLimits(this IServiceCollection services, IConnectionMultiplexer connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return services.UseMarketoRedisLimits(_ => connection, configure: null);
    }

    private static IServiceCollection UseMarketoRedisLimits(this IServiceCollection services, Func<IServiceProvider, IConnectionMultiplexer> connection, Action<MarketoRedisLimitsOptions>? configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        var limits = services.AddOptions<MarketoRedisLimitsOptions>();
        if (configure is not null)
        {
            limits.Configure(configure);
        }

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(provider => new SharedLimitsRegistry(provider, connection));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<Marketo.Soap.MarketoSoapOptions>, ApplySharedLimits>());
        return services;
    }
}
