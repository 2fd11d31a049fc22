namespace Marketo.Soap.Testing;

/// <summary>What an <see cref="InjectedFault"/> does to a call.</summary>
public enum InjectedFaultKind
{
    /// <summary>Answers with a Marketo SOAP fault of a chosen code, in Marketo's shape, without handling the call.</summary>
    MarketoFault,

    /// <summary>Answers with an HTTP error that is not a SOAP message, such as a 503 or an HTML 502 page, without handling the call.</summary>
    HttpError,

    /// <summary>Waits on the emulator's clock, then handles the call normally.</summary>
    Delay,

    /// <summary>Waits until a <see cref="CallGate"/> is released, then handles the call normally.</summary>
    Hold,

    /// <summary>Handles the call normally (the store changes), then sends only the first half of the answer's bytes.</summary>
    TruncatedBody,

    /// <summary>Answers HTTP 200 <c>text/xml</c> with a body that is not well-formed XML, without handling the call.</summary>
    MalformedBody,

    /// <summary>Closes the connection without answering and without handling the call.</summary>
    DropConnection,

    /// <summary>
    /// The call is handled and changes the store, then the answer is replaced by <see cref="InjectedFault.Then"/>
    /// (a Marketo fault, an HTTP error, a malformed body or a dropped connection): the caller cannot tell whether its write happened.
    /// </summary>
    ApplyThenAnswer,
}
