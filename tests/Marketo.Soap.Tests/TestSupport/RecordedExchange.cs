namespace Marketo.Soap.Tests.TestSupport;

/// <summary>One request the client sent, as the server would have received it.</summary>
internal sealed record RecordedExchange(HttpMethod Method, Uri? Uri, string? SoapAction, string? ContentType, string Body);
