using Marketo.Soap;

namespace OpenTelemetry.Metrics;

/// <summary>Subscribes OpenTelemetry metrics to Marketo.Soap's instruments.</summary>
public static class MarketoSoapMeterProviderBuilderExtensions
{
    /// <summary>
    /// Collects the <see cref="MarketoSoapTelemetry.MeterName"/> meter: calls by operation, outcome
    /// and instance, their duration, records by status, and faults by Marketo error code.
    /// </summary>
    /// <param name="builder">The meter provider builder.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    public static MeterProviderBuilder AddMarketoSoapInstrumentation(this MeterProviderBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddMeter(MarketoSoapTelemetry.MeterName);
    }
}
