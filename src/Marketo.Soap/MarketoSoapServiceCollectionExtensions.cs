using Marketo.Soap;
using Marketo.Soap.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers <see cref="IMarketoSoapClient"/> with a service collection.</summary>
public static class MarketoSoapServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IMarketoSoapClient"/> as a singleton configured by a delegate. The
    /// options are validated when the host starts, so bad configuration stops the host instead of
    /// failing the first call.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The service collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="configure"/> is null.</exception>
    public static IServiceCollection AddMarketoSoapClient(this IServiceCollection services, Action<MarketoSoapOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);

        services.AddOptions<MarketoSoapOptions>().Configure(configure).ValidateOnStart();
        return services.AddMarketoSoapClientCore();
    }

    /// <summary>
    /// Registers <see cref="IMarketoSoapClient"/> as a singleton configured from a configuration
    /// section (for example <c>configuration.GetSection("Marketo")</c> holding <c>Endpoint</c>,
    /// <c>UserId</c>, <c>EncryptionKey</c> and <c>Timeout</c>). The options are validated when the
    /// host starts.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The section to bind.</param>
    /// <returns>The service collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="configuration"/> is null.</exception>
    public static IServiceCollection AddMarketoSoapClient(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<MarketoSoapOptions>().Bind(configuration).ValidateOnStart();
        return services.AddMarketoSoapClientCore();
    }

    private static IServiceCollection AddMarketoSoapClientCore(this IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MarketoSoapOptions>, MarketoSoapOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        // One client per container: it owns a channel factory that is costly to build and safe to share.
        services.TryAddSingleton(provider => new MarketoSoapClient(
            provider.GetRequiredService<IOptions<MarketoSoapOptions>>().Value,
            provider.GetService<ILogger<MarketoSoapClient>>(),
            provider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<IMarketoSoapClient>(provider => provider.GetRequiredService<MarketoSoapClient>());
        return services;
    }
}
