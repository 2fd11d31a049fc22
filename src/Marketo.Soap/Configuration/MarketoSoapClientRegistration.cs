using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Marketo.Soap.Configuration;

/// <summary>
/// What <c>AddMarketoSoapClient</c> put into one service collection: its client registration and
/// the options configuration of its latest call. Kept in the collection as a singleton instance.
/// </summary>
/// <remarks>
/// Two reasons to remember it. A later <c>AddMarketoSoapClient</c> replaces the configuration of
/// the earlier one entirely (endpoint, user id and key never come half from one section and half
/// from another), while configuration the application added itself with
/// <c>services.Configure&lt;MarketoSoapOptions&gt;</c> is left in place. And the options are validated at start
/// only when the library's client is the <see cref="IMarketoSoapClient"/> the container resolves:
/// an application that registered its own client needs no Marketo configuration.
/// </remarks>
internal sealed class MarketoSoapClientRegistration
{
    private readonly IServiceCollection _services;
    private List<ServiceDescriptor> _optionsConfiguration = [];

    private MarketoSoapClientRegistration(IServiceCollection services, ServiceDescriptor client)
    {
        _services = services;
        Client = client;
    }

    /// <summary>The library's <see cref="IMarketoSoapClient"/> registration, added only if the collection had none.</summary>
    public ServiceDescriptor Client { get; }

    /// <summary>
    /// Whether the container resolves <see cref="IMarketoSoapClient"/> to the library's client: its
    /// registration is the last one, since the last registration of a service wins.
    /// </summary>
    public bool LibraryClientInUse =>
        _services.LastOrDefault(d => d.ServiceType == typeof(IMarketoSoapClient) && !d.IsKeyedService) == Client;

    /// <summary>The collection's registration, added with the client on first use.</summary>
    public static MarketoSoapClientRegistration In(IServiceCollection services, Func<ServiceDescriptor> client)
    {
        if (services.FirstOrDefault(d => d.ServiceType == typeof(MarketoSoapClientRegistration))?.ImplementationInstance is MarketoSoapClientRegistration existing)
        {
            return existing;
        }

        var descriptor = client();
        var registration = new MarketoSoapClientRegistration(services, descriptor);
        services.AddSingleton(registration);
        if (!services.Any(d => d.ServiceType == typeof(IMarketoSoapClient) && !d.IsKeyedService))
        {
            services.Add(descriptor);
        }

        return registration;
    }

    /// <summary>Removes the configuration an earlier call added, then adds and remembers this call's.</summary>
    /// <param name="configure">Adds this call's options configuration to the collection.</param>
    public void ReplaceOptionsConfiguration(Action<IServiceCollection> configure)
    {
        foreach (var earlier in _optionsConfiguration)
        {
            _services.Remove(earlier);
        }

        var before = new HashSet<ServiceDescriptor>(_services, ReferenceEqualityComparer.Instance);
        configure(_services);
        _optionsConfiguration = [.. _services.Where(d => !before.Contains(d) && IsOptionsConfiguration(d.ServiceType))];
    }

    private static bool IsOptionsConfiguration(Type serviceType) =>
        serviceType == typeof(IConfigureOptions<MarketoSoapOptions>)
        || serviceType == typeof(IPostConfigureOptions<MarketoSoapOptions>)
        || serviceType == typeof(IOptionsChangeTokenSource<MarketoSoapOptions>);
}
