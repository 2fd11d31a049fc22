using System.Text;

namespace Marketo.Soap.Testing;

/// <summary>One SOAP call as the emulator saw it: what came in and what went out. Holds no secret.</summary>
/// <remarks>
/// The request's <c>requestSignature</c> is redacted. The encryption key never travels, so it
/// cannot appear. Requests for the WSDL are not logged.
/// </remarks>
public sealed class EmulatorExchange
{
    // Both bodies become text when first read, not on every call (see EmulatorRequest).
    private readonly EmulatorRequest _request;
    private readonly Lazy<string>? _responseBody;

    internal EmulatorExchange(
        EmulatorRequest request,
        DateTimeOffset receivedAt,
        int? httpStatusCode,
        int? errorCode,
        string? faultCode,
        InjectedFault? injectedFault,
        byte[]? responseBody,
        IReadOnlyList<string> warnings,
        TimeSpan elapsed)
    {
        CallNumber = request.CallNumber;
        Operation = request.Operation;
        SoapAction = request.SoapAction;
        RecordCount = request.RecordCount;
        _request = request;
        ReceivedAt = receivedAt;
        HttpStatusCode = httpStatusCode;
        ErrorCode = errorCode;
        FaultCode = faultCode;
        InjectedFault = injectedFault;
        _responseBody = responseBody is null ? null : new(() => Encoding.UTF8.GetString(responseBody), LazyThreadSafetyMode.PublicationOnly);
        Warnings = warnings;
        Elapsed = elapsed;
    }

    /// <summary>The call's position among all POSTs this emulator received, from 1.</summary>
    public int CallNumber { get; }

    /// <summary>When the call arrived, by the emulator's clock.</summary>
    public DateTimeOffset ReceivedAt { get; }

    /// <summary>The operation the body names, or <see langword="null"/> when it names none the WSDL declares.</summary>
    public string? Operation { get; }

    /// <summary>The SOAPAction header as sent, or <see langword="null"/>.</summary>
    public string? SoapAction { get; }

    /// <summary>How many <c>leadRecord</c>s or <c>mObject</c>s the request carried, or <see langword="null"/> when it was unreadable.</summary>
    public int? RecordCount { get; }

    /// <summary>The request XML as received, except that <c>requestSignature</c>'s value reads <c>REDACTED</c>.</summary>
    public string RequestBody => _request.Body;

    /// <summary>The HTTP status answered, or <see langword="null"/> when the connection was dropped or the caller went away first.</summary>
    public int? HttpStatusCode { get; }

    /// <summary>The Marketo error code of the fault answered, or <see langword="null"/> when the answer was no Marketo fault.</summary>
    public int? ErrorCode { get; }

    /// <summary>The SOAP fault code answered without prefix (<c>Client</c>, <c>Server</c>, ...), or <see langword="null"/> when there was no fault.</summary>
    public string? FaultCode { get; }

    /// <summary>The fault injected into this call, or <see langword="null"/>.</summary>
    public InjectedFault? InjectedFault { get; }

    /// <summary>The answer's body as written (before any truncation), or <see langword="null"/> when none was written.</summary>
    public string? ResponseBody => _responseBody?.Value;

    /// <summary>How long the emulator took from reading the call to writing its answer, by its clock (injected delays and holds included).</summary>
    public TimeSpan Elapsed { get; }

    /// <summary>What lenient mode ignored in this call, plus any note about the call itself (see <see cref="MarketoSoapEmulator.Warnings"/>).</summary>
    public IReadOnlyList<string> Warnings { get; }
}
