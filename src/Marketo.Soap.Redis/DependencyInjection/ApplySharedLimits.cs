using Microsoft.Extensions.Options;

namespace Marketo.Soap.Redis.DependencyInjection;

/// <summary>Gives the client's options the shared limits of the instance they name, once the options are complete.</summary>
internal sealed class ApplySharedLimits(SharedLimitsRegistry registry) : IPostConfigureOptions<MarketoSoapOptions>
{
    public void PostConfigure(string? name, MarketoSoapOptions options)
    {
        // Options without an instance fail the client's own validation, which names the problem.
        if (options.Endpoint is { IsAbsoluteUri: true } endpoint && !string.IsNullOrWhiteSpace(options.UserId))
        {
            registry.For(endpoint, options.UserId).ApplyTo(options);
        }
    }
}
