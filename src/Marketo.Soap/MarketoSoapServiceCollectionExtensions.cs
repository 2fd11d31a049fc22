using Marketo.Soap;
using Marketo.Soap.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers <see cref="IMarketoSoapClient"/> with a service collection.</summary>
/// <remarks>
/// <para>
/// The options are validated when the host starts, so bad configuration stops the host instead of
/// failing the first call; but only when the library's client is the <see cref="IMarketoSoapClient"/>
/// the container resolves. Register your own <see cref="IMarketoSoapClient"/> (before or after) and
/// it wins, and no Marketo configuration is needed.
/// </para>
/// <para>
/// Called more than once, the last call's configuration wins entirely: the options never come
/// partly from one section and partly from another. Configuration you add yourself with
/// <c>services.Configure&lt;MarketoSoapOptions&gt;(…)</c> or <c>PostConfigure</c> is left in place.
/// </para>
/// </remarks>
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

        return services.AddMarketoSoapClientCore(s => s.AddOptions<MarketoSoapOptions>().Configure(configure));
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

        return services.AddMarketoSoapClientCore(s => s.AddOptions<MarketoSoapOptions>().Bind(configuration));
    }

    private static IServiceCollection AddMarketoSoapClientCore(this IServiceCollection services, Action<IServiceCollection> configureOptions)
    {
        // One client per container: it owns a channel factory that is costly to build and safe to share.
        var registration = MarketoSoapClientRegistration.In(
            services,
            () => ServiceDescriptor.Singleton<IMarketoSoapClient>(provider => provider.GetRequiredService<MarketoSoapClient>()));
        registration.ReplaceOptionsConfiguration(configureOptions);

        services.AddOptions<MarketoSoapOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MarketoSoapOptions>, LibraryClientOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(provider => new MarketoSoapClient(
            provider.GetRequiredService<IOptions<MarketoSoapOptions>>().Value,
            provider.GetService<ILogger<MarketoSoapClient>>(),
            provider.GetRequiredService<TimeProvider>()));
        return services;
    }
}
