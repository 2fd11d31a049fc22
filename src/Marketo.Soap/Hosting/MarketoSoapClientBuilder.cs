using Microsoft.Extensions.DependencyInjection;

namespace Marketo.Soap.Hosting;

/// <summary>The builder every registration returns; it only names the registration.</summary>
internal sealed class MarketoSoapClientBuilder(IServiceCollection services, string name) : IMarketoSoapClientBuilder
{
    public string Name { get; } = name;

    public IServiceCollection Services { get; } = services;
}
