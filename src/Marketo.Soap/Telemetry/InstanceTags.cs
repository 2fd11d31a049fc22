namespace Marketo.Soap.Telemetry;

/// <summary>
/// The tags that tell one Marketo instance's calls from another's in traces and metrics: the
/// endpoint's host and port (<c>server.address</c>, <c>server.port</c>). Never the user id,
/// which names an account, nor the path or query.
/// </summary>
internal sealed class InstanceTags
{
    public InstanceTags(Uri endpoint)
    {
        Address = new(TelemetryTags.ServerAddress, endpoint.Host);
        Port = new(TelemetryTags.ServerPort, endpoint.Port);
    }

    public KeyValuePair<string, object?> Address { get; }

    public KeyValuePair<string, object?> Port { get; }
}
