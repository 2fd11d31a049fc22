using Marketo.Soap;
using Marketo.Soap.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Registers several Marketo instances in one container, each under a service key, and gives
/// access to any registration's builder.
/// </summary>
public static class MarketoSoapKeyedServiceCollectionExtensions
{
    /// <summary>
    /// Registers a <see cref="IMarketoSoapClient"/> (and <see cref="MarketoSoapClient"/>) under
    /// <paramref name="serviceKey"/>, configured from a configuration section. Resolve it with
    /// <c>[FromKeyedServices("eu")] IMarketoSoapClient</c>.
    /// </summary>
    /// <remarks>
    /// Each key has its own options (named options, under the key's name, validated when the host
    /// starts), its own WCF channel, its own concurrency slots and rate limiter, and its own
    /// <c>server.address</c> in traces and metrics. Registering a key twice keeps the first client
    /// and applies both configurations to its options.
    /// </remarks>
    /// <param name="services">The service collection.</param>
    /// <param name="serviceKey">The instance's key, for example <c>"eu"</c>; not empty, which names the unkeyed client.</param>
    /// <param name="configuration">The section to bind, shaped as for <c>AddMarketoSoapClient</c>.</param>
    /// <returns>The registration's builder, for adding HTTP handlers.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="serviceKey"/> is empty or blank.</exception>
    public static IMarketoSoapClientBuilder AddKeyedMarketoSoapClient(this IServiceCollection services, string serviceKey, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceKey);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<MarketoSoapOptions>(serviceKey).Bind(configuration).ValidateOnStart();
        return AddKeyedClient(services, serviceKey);
    }

    /// <summary>
    /// Registers a <see cref="IMarketoSoapClient"/> (and <see cref="MarketoSoapClient"/>) under
    /// <paramref name="serviceKey"/>, configured by a delegate. See
    /// <see cref="AddKeyedMarketoSoapClient(IServiceCollection, string, IConfiguration)"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="serviceKey">The instance's key, for example <c>"eu"</c>; not empty, which names the unkeyed client.</param>
    /// <param name="configure">Sets the instance's options.</param>
    /// <returns>The registration's builder, for adding HTTP handlers.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="serviceKey"/> is empty or blank.</exception>
    public static IMarketoSoapClientBuilder AddKeyedMarketoSoapClient(this IServiceCollection services, string serviceKey, Action<MarketoSoapOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceKey);
        ArgumentNullException.ThrowIfNull(configure);

        services.AddOptions<MarketoSoapOptions>(serviceKey).Configure(configure).ValidateOnStart();
        return AddKeyedClient(services, serviceKey);
    }

    /// <summary>
    /// The builder of a client registration, to add HTTP handlers to it: the unkeyed client's
    /// (registered with <c>AddMarketoSoapClient</c>, which returns the service collection) when
    /// <paramref name="serviceKey"/> is null, else the keyed one's. Order does not matter: the
    /// builder may be taken before or after the client is registered.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="serviceKey">The key of a keyed client; null for the unkeyed client.</param>
    /// <returns>The registration's builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IMarketoSoapClientBuilder ConfigureMarketoSoapClient(this IServiceCollection services, string? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        return new MarketoSoapClientBuilder(services, serviceKey ?? Options.Options.DefaultName);
    }

    private static MarketoSoapClientBuilder AddKeyedClient(IServiceCollection services, string serviceKey)
    {
        MarketoSoapRegistration.AddSharedServices(services);

        // One client per key, each with its own channel factory, pacer and limiter.
        services.TryAddKeyedSingleton(serviceKey, (provider, _) => MarketoSoapClientFactory.Create(provider, serviceKey));
        services.TryAddKeyedSingleton<IMarketoSoapClient>(serviceKey, (provider, key) => provider.GetRequiredKeyedService<MarketoSoapClient>(key));
        return new MarketoSoapClientBuilder(services, serviceKey);
    }
}
