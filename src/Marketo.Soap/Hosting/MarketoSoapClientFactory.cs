using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Marketo.Soap.Hosting;

/// <summary>Builds the client of one registration from its named options and its registered HTTP handlers.</summary>
internal static class MarketoSoapClientFactory
{
    /// <param name="provider">The container.</param>
    /// <param name="name">The registration's name; <see cref="Options.DefaultName"/> for the unkeyed client.</param>
    public static MarketoSoapClient Create(IServiceProvider provider, string name)
    {
        var options = provider.GetRequiredService<IOptionsMonitor<MarketoSoapOptions>>().Get(name);
        var handlers = provider.GetRequiredService<IOptionsMonitor<RegisteredHttpHandlers>>().Get(name).Factories
            .Select(factory => (Func<DelegatingHandler>)(() => factory(provider)))
            .ToArray();

        return new MarketoSoapClient(
            options,
            provider.GetService<ILogger<MarketoSoapClient>>(),
            provider.GetRequiredService<TimeProvider>(),
            transport: null,
            handlers);
    }
}
