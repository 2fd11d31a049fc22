namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// One Marketo client registration, returned by <c>AddKeyedMarketoSoapClient</c> and
/// <c>ConfigureMarketoSoapClient</c>, for adding what applies to that client alone, such as HTTP handlers.
/// </summary>
public interface IMarketoSoapClientBuilder
{
    /// <summary>
    /// The registration's name: the service key of a keyed client, which is also the name of its
    /// <see cref="Marketo.Soap.MarketoSoapOptions"/>; empty for the unkeyed client.
    /// </summary>
    string Name { get; }

    /// <summary>The service collection the client is registered in.</summary>
    IServiceCollection Services { get; }
}
