using System.Globalization;

namespace Marketo.Soap.Testing.Soap;

/// <summary>Ends a call with a SOAP fault; thrown anywhere while a request is handled and written by the endpoint.</summary>
internal sealed class SoapFault : Exception
{
    private SoapFault(string faultCode, string faultString, int? errorCode, string? detailMessage)
        : base(faultString)
    {
        FaultCode = faultCode;
        FaultString = faultString;
        ErrorCode = errorCode;
        DetailMessage = detailMessage;
    }

    /// <summary>The SOAP 1.1 fault code without prefix: <c>Client</c>, <c>Server</c>, <c>VersionMismatch</c> or <c>MustUnderstand</c>.</summary>
    public string FaultCode { get; }

    /// <summary>For a Marketo fault, <c>&lt;code&gt; - &lt;short text&gt;</c>.</summary>
    public string FaultString { get; }

    /// <summary>Marketo's error code, or <see langword="null"/> for a fault of SOAP itself.</summary>
    public int? ErrorCode { get; }

    /// <summary>The detail's long text, which ends in <c> (&lt;code&gt;)</c>, or <see langword="null"/> for a fault of SOAP itself.</summary>
    public string? DetailMessage { get; }

    /// <summary>The <c>serviceException</c>'s <c>cause</c>, written after <c>code</c> when not null; Marketo sent an empty one at times (contract facts §8).</summary>
    public string? Cause { get; private init; }

    /// <summary>A Marketo fault: <paramref name="explanation"/> becomes the detail message, followed by the code in brackets.</summary>
    public static SoapFault Marketo(int code, string? explanation = null, string? cause = null)
    {
        var shortText = MarketoErrorCatalog.ShortText(code);
        return new SoapFault(
            MarketoErrorCatalog.FaultCodeFor(code),
            string.Create(CultureInfo.InvariantCulture, $"{code} - {shortText}"),
            code,
            string.Create(CultureInfo.InvariantCulture, $"{explanation ?? shortText} ({code})"))
        {
            Cause = cause,
        };
    }

    /// <summary>A fault SOAP 1.1 itself defines, with no Marketo detail.</summary>
    public static SoapFault Protocol(string faultCode, string faultString) => new(faultCode, faultString, null, null);
}
