namespace Marketo.Soap;

/// <summary>
/// The raw exchange of a failed attempt, redacted so it can be logged or shown: enough to see what
/// the server actually sent without a packet capture.
/// </summary>
/// <remarks>
/// <see cref="ResponseStart"/> never holds a request signature, a timestamp paired with one, the
/// encryption key, or record values (lead fields, object attributes): those are replaced with
/// <c>[redacted]</c>, while element names and structure are kept.
/// </remarks>
public sealed class MarketoRawExchange
{
    /// <summary>Creates a record of one exchange.</summary>
    /// <param name="operation">The SOAP operation, for example <c>syncMultipleLeads</c>.</param>
    /// <param name="recordCount">How many records the request carried.</param>
    /// <param name="httpStatusCode">The answer's HTTP status, or null when no answer arrived.</param>
    /// <param name="contentType">The answer's <c>Content-Type</c>, or null.</param>
    /// <param name="responseStart">The first bytes of the answer as redacted text; empty when none arrived.</param>
    public MarketoRawExchange(string operation, int recordCount, int? httpStatusCode, string? contentType, string responseStart)
    {
        Operation = operation;
        RecordCount = recordCount;
        HttpStatusCode = httpStatusCode;
        ContentType = contentType;
        ResponseStart = responseStart;
    }

    /// <summary>The SOAP operation of the request, for example <c>syncMultipleLeads</c>.</summary>
    public string Operation { get; }

    /// <summary>How many records the request carried.</summary>
    public int RecordCount { get; }

    /// <summary>The answer's HTTP status, or <see langword="null"/> when no answer arrived.</summary>
    public int? HttpStatusCode { get; }

    /// <summary>The answer's <c>Content-Type</c> header, or <see langword="null"/> when there was none.</summary>
    public string? ContentType { get; }

    /// <summary>
    /// The start of the answer (its first 2 KB at most, decoded as UTF-8), redacted: an XML answer
    /// keeps its element names and structure with record values replaced; any other answer keeps
    /// its text with signatures and the key replaced. Empty when no answer arrived.
    /// </summary>
    public string ResponseStart { get; }

    /// <inheritdoc/>
    public override string ToString() =>
        $"{Operation} with {RecordCount} records: HTTP {HttpStatusCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}, {ContentType ?? "no content type"}\n{ResponseStart}";
}
