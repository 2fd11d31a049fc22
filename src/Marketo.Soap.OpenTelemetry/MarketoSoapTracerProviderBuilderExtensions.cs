using Marketo.Soap;

namespace OpenTelemetry.Trace;

/// <summary>Subscribes OpenTelemetry tracing to Marketo.Soap's calls.</summary>
public static class MarketoSoapTracerProviderBuilderExtensions
{
    /// <summary>
    /// Records one client span per Marketo call, from the <see cref="MarketoSoapTelemetry.ActivitySourceName"/>
    /// activity source: the operation, the instance's host and port, record counts and, on failure,
    /// <c>error.type</c> and Marketo's error code. No span carries credentials or record contents.
    /// </summary>
    /// <param name="builder">The tracer provider builder.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    public static TracerProviderBuilder AddMarketoSoapInstrumentation(this TracerProviderBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddSource(MarketoSoapTelemetry.ActivitySourceName);
    }
}
