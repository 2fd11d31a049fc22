using Marketo.Soap;
using Marketo.Soap.Health;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds a Marketo client's health to ASP.NET Core and Generic Host health checks.</summary>
public static class MarketoSoapHealthChecksBuilderExtensions
{
    /// <summary>
    /// Adds a health check that reports from the client's recent calls and never calls Marketo, so
    /// it spends no quota: authentication refused is <paramref name="failureStatus"/> (unhealthy by
    /// default); the daily quota exhausted is degraded until it resets; transport failures in the
    /// last five minutes with no success since are degraded; no calls yet is healthy.
    /// </summary>
    /// <param name="builder">The health checks builder.</param>
    /// <param name="serviceKey">The key of a client registered with <c>AddKeyedMarketoSoapClient</c>; null for the unkeyed client.</param>
    /// <param name="name">The check's name; default <c>marketo-soap</c>, or <c>marketo-soap-{serviceKey}</c> for a keyed client.</param>
    /// <param name="failureStatus">What refused credentials report; default <see cref="HealthStatus.Unhealthy"/>.</param>
    /// <param name="tags">Tags to filter checks by, for example on an endpoint.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    public static IHealthChecksBuilder AddMarketoSoap(
        this IHealthChecksBuilder builder,
        string? serviceKey = null,
        string? name = null,
        HealthStatus? failureStatus = null,
        IEnumerable<string>? tags = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Add(new HealthCheckRegistration(
            name ?? (serviceKey is null ? "marketo-soap" : $"marketo-soap-{serviceKey}"),
            provider => new MarketoSoapHealthCheck(() => serviceKey is null
                ? provider.GetService<MarketoSoapClient>()
                : provider.GetKeyedService<MarketoSoapClient>(serviceKey)),
            failureStatus,
            tags));
    }
}
