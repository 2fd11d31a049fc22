using Marketo.Soap.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Marketo.Soap.Hosting;

/// <summary>What every client registration, keyed or not, adds once to a container.</summary>
internal static class MarketoSoapRegistration
{
    /// <summary>The options validator, the system clock unless the application has its own, and the warm-up at host start.</summary>
    public static void AddSharedServices(IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MarketoSoapOptions>, LibraryClientOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, WarmUpHostedService>());
    }
}
