using System.Text;
using Marketo.Soap.Testing.Internal;

namespace Marketo.Soap.Testing;

/// <summary>What a <see cref="FaultInjector"/> predicate knows about an incoming call, before the emulator handles it.</summary>
public sealed class EmulatorRequest
{
    // The body is decoded and redacted when first read (by a fault rule's predicate, the exchange log's
    // reader or the admin API), not on every call: most calls are never read back, and a 300-lead
    // body is about 100 KB of text.
    private readonly Lazy<string> _body;

    internal EmulatorRequest(int callNumber, string? operation, string? soapAction, int? recordCount, byte[] body)
    {
        CallNumber = callNumber;
        Operation = operation;
        SoapAction = soapAction;
        RecordCount = recordCount;
        _body = new(() => SignatureRedactor.Redact(Encoding.UTF8.GetString(body)), LazyThreadSafetyMode.PublicationOnly);
    }

    /// <summary>The call's position among all POSTs this emulator received, from 1.</summary>
    public int CallNumber { get; }

    /// <summary>The operation the body names (<c>syncMultipleLeads</c>, <c>syncMObjects</c>), or <see langword="null"/> when the body names none the WSDL declares.</summary>
    public string? Operation { get; }

    /// <summary>The SOAPAction header as sent, or <see langword="null"/> when there was none.</summary>
    public string? SoapAction { get; }

    /// <summary>How many <c>leadRecord</c>s or <c>mObject</c>s the body carries, or <see langword="null"/> when it is unreadable.</summary>
    public int? RecordCount { get; }

    /// <summary>The request XML, with the signature redacted.</summary>
    public string Body => _body.Value;
}
