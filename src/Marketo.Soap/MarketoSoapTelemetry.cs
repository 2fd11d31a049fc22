namespace Marketo.Soap;

/// <summary>
/// The names under which the library publishes its traces and metrics, so an application
/// subscribes to them without spelling <c>"Marketo.Soap"</c> by hand.
/// </summary>
/// <remarks>
/// With OpenTelemetry, <c>AddMarketoSoapInstrumentation()</c> from the <c>Marketo.Soap.OpenTelemetry</c>
/// package subscribes to both; without it, pass these to <c>AddSource</c> and <c>AddMeter</c>.
/// </remarks>
public static class MarketoSoapTelemetry
{
    /// <summary>The name of the <see cref="System.Diagnostics.ActivitySource"/> that starts one client activity per call.</summary>
    public const string ActivitySourceName = "Marketo.Soap";

    /// <summary>The name of the <see cref="System.Diagnostics.Metrics.Meter"/> that holds the call, record and fault instruments.</summary>
    public const string MeterName = "Marketo.Soap";
}
