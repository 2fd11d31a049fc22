namespace Marketo.Soap.Testing.Admin;

/// <summary>One logged call as the admin API shows it: the signature is already redacted in the log, and bodies are cut to a length.</summary>
internal sealed record ExchangeView(
    int CallNumber,
    DateTimeOffset ReceivedAt,
    string? Operation,
    string? SoapAction,
    int? RecordCount,
    int? HttpStatusCode,
    int? ErrorCode,
    string? FaultCode,
    string? InjectedFault,
    double ElapsedMilliseconds,
    IReadOnlyList<string> Warnings,
    string RequestBody,
    string? ResponseBody,
    bool BodiesCut)
{
    public static ExchangeView From(EmulatorExchange exchange, int maxBodyChars)
    {
        var request = Cut(exchange.RequestBody, maxBodyChars);
        var response = exchange.ResponseBody is { } body ? Cut(body, maxBodyChars) : null;
        return new(
            exchange.CallNumber,
            exchange.ReceivedAt,
            exchange.Operation,
            exchange.SoapAction,
            exchange.RecordCount,
            exchange.HttpStatusCode,
            exchange.ErrorCode,
            exchange.FaultCode,
            exchange.InjectedFault?.ToString(),
            exchange.Elapsed.TotalMilliseconds,
            exchange.Warnings,
            request,
            response,
            request.Length < exchange.RequestBody.Length || response?.Length < exchange.ResponseBody?.Length);
    }

    // Stryker disable once Equality : a body exactly max long cut to max is the same text, so < and <= answer alike.
    private static string Cut(string body, int max) => body.Length <= max ? body : body[..max];
}
