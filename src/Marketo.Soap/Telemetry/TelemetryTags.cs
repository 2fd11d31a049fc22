namespace Marketo.Soap.Telemetry;

/// <summary>
/// The tag names of the library's activities and instruments: OpenTelemetry's semantic
/// conventions where one fits (<c>rpc.*</c>, <c>server.*</c>, <c>error.type</c>), lowercase dotted
/// <c>marketo.*</c> names for what only Marketo has.
/// </summary>
internal static class TelemetryTags
{
    public const string Operation = "marketo.operation";
    public const string RecordCount = "marketo.record_count";
    public const string RecordsSucceeded = "marketo.records.succeeded";
    public const string RecordsFailed = "marketo.records.failed";
    public const string Status = "marketo.status";
    public const string Outcome = "marketo.outcome";
    public const string ErrorCode = "marketo.error_code";
    public const string Retriable = "marketo.retriable";

    public const string RpcSystem = "rpc.system";
    public const string RpcService = "rpc.service";
    public const string RpcMethod = "rpc.method";
    public const string ServerAddress = "server.address";
    public const string ServerPort = "server.port";
    public const string ErrorType = "error.type";

    /// <summary>
    /// The value of <c>rpc.system</c>. The conventions list no value for SOAP; <c>dotnet_wcf</c>
    /// would describe our client stack, while the attribute describes the protocol both ends speak.
    /// </summary>
    public const string SoapSystem = "soap";

    /// <summary>The value of <c>rpc.service</c>: the service the WSDL declares.</summary>
    public const string MarketoService = "MktMktowsApiService";
}
