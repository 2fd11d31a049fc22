using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;

namespace Marketo.Soap.Testing;

/// <summary>A failure for <see cref="FaultInjector"/> to put in place of a normal answer. Made by the static methods.</summary>
public sealed class InjectedFault
{
    private InjectedFault(InjectedFaultKind kind)
    {
        Kind = kind;
    }

    /// <summary>What the fault does.</summary>
    public InjectedFaultKind Kind { get; }

    /// <summary>For <see cref="InjectedFaultKind.MarketoFault"/>, the Marketo error code, for example 20011.</summary>
    public int? ErrorCode { get; private init; }

    /// <summary>For <see cref="InjectedFaultKind.MarketoFault"/>, the detail message before the code; for <see cref="InjectedFaultKind.HttpError"/>, the body.</summary>
    public string? Message { get; private init; }

    /// <summary>For <see cref="InjectedFaultKind.HttpError"/>, the HTTP status code.</summary>
    public int? HttpStatusCode { get; private init; }

    /// <summary>For <see cref="InjectedFaultKind.HttpError"/>, the answer's Content-Type.</summary>
    public string? ContentType { get; private init; }

    /// <summary>For <see cref="InjectedFaultKind.Delay"/>, how long to wait on the emulator's clock.</summary>
    public TimeSpan? Duration { get; private init; }

    /// <summary>For <see cref="InjectedFaultKind.Hold"/>, the gate to wait on.</summary>
    public CallGate? Gate { get; private init; }

    /// <summary>For <see cref="InjectedFaultKind.ApplyThenAnswer"/>, the answer sent after the call has changed the store.</summary>
    public InjectedFault? Then { get; private init; }

    /// <summary>For <see cref="InjectedFaultKind.MarketoFault"/>, the <c>serviceException</c>'s <c>cause</c>, or <see langword="null"/> for none.</summary>
    public string? Cause { get; private init; }

    /// <summary>A Marketo fault in Marketo's shape: HTTP 500, faultstring <c>&lt;code&gt; - &lt;text&gt;</c>, detail <c>serviceException</c>.</summary>
    /// <param name="errorCode">The Marketo error code, for example 10001 or 20023. Positive.</param>
    /// <param name="message">The detail message before <c> (&lt;code&gt;)</c>; null uses the code's short text.</param>
    /// <param name="cause">A <c>cause</c> for the <c>serviceException</c>, after <c>code</c>, as some of Marketo's faults carried (often empty); null writes none.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="errorCode"/> is not positive.</exception>
    public static InjectedFault MarketoFault(int errorCode, string? message = null, string? cause = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(errorCode);
        return new(InjectedFaultKind.MarketoFault) { ErrorCode = errorCode, Message = message, Cause = cause };
    }


    /// <summary>An HTTP error that is not a SOAP message.</summary>
    /// <param name="statusCode">The HTTP status, from 400 to 599.</param>
    /// <param name="contentType">The Content-Type. Default <c>text/plain; charset=utf-8</c>.</param>
    /// <param name="body">The body; null writes the status code and its reason phrase.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="statusCode"/> is not an HTTP error status.</exception>
    public static InjectedFault HttpError(int statusCode, string contentType = "text/plain; charset=utf-8", string? body = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(statusCode, 400);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(statusCode, 599);
        ArgumentException.ThrowIfNullOrWhiteSpace(contentType);
        return new(InjectedFaultKind.HttpError)
        {
            HttpStatusCode = statusCode,
            ContentType = contentType,
            Message = body ?? string.Create(CultureInfo.InvariantCulture, $"{statusCode} {ReasonPhrase(statusCode)}"),
        };
    }

    /// <summary>HTTP 503 Service Unavailable with a plain-text body, as a load balancer sends when the service is down.</summary>
    public static InjectedFault ServiceUnavailable() => HttpError(503);

    /// <summary>An HTML error page, such as a proxy's 502 Bad Gateway.</summary>
    /// <param name="statusCode">The HTTP status. Default 502.</param>
    public static InjectedFault HtmlErrorPage(int statusCode = 502)
    {
        var title = string.Create(CultureInfo.InvariantCulture, $"{statusCode} {ReasonPhrase(statusCode)}");
        return HttpError(statusCode, "text/html; charset=utf-8", $"<html><head><title>{title}</title></head><body><h1>{title}</h1></body></html>");
    }

    /// <summary>Waits, then handles the call normally. The wait runs on <see cref="MarketoSoapEmulatorOptions.TimeProvider"/>: with a fake clock, advance it to end the wait.</summary>
    /// <param name="delay">How long to wait. Not negative.</param>
    public static InjectedFault Delay(TimeSpan delay)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delay, TimeSpan.Zero);
        return new(InjectedFaultKind.Delay) { Duration = delay };
    }

    /// <summary>Keeps the call in flight until <paramref name="gate"/> is released, then handles it normally.</summary>
    /// <param name="gate">The gate to wait on.</param>
    public static InjectedFault Hold(CallGate gate)
    {
        ArgumentNullException.ThrowIfNull(gate);
        return new(InjectedFaultKind.Hold) { Gate = gate };
    }

    /// <summary>Handles the call, then sends only the first half of the answer (with a matching Content-Length), so the XML ends early.</summary>
    public static InjectedFault TruncatedBody() => new(InjectedFaultKind.TruncatedBody);

    /// <summary>Answers HTTP 200 <c>text/xml</c> with markup that is not well-formed.</summary>
    public static InjectedFault MalformedBody() => new(InjectedFaultKind.MalformedBody);

    /// <summary>Closes the connection abruptly, before any answer.</summary>
    public static InjectedFault DropConnection() => new(InjectedFaultKind.DropConnection);

    /// <summary>
    /// Handles the call (the store changes, the call counts toward the limits), then sends
    /// <paramref name="answer"/> instead of the real answer: the ambiguous failure where a write
    /// happened but its caller saw a fault, an HTTP error or a dropped connection.
    /// </summary>
    /// <param name="answer">A <see cref="MarketoFault"/>, <see cref="HttpError"/>, <see cref="MalformedBody"/> or <see cref="DropConnection"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="answer"/> is of another kind (a delay, a hold, a truncated body or another ApplyThen).</exception>
    public static InjectedFault ApplyThen(InjectedFault answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        if (answer.Kind is not (InjectedFaultKind.MarketoFault or InjectedFaultKind.HttpError or InjectedFaultKind.MalformedBody or InjectedFaultKind.DropConnection))
        {
            throw new ArgumentException($"The answer after applying a call must be a Marketo fault, an HTTP error, a malformed body or a dropped connection, not {answer.Kind}.", nameof(answer));
        }

        return new(InjectedFaultKind.ApplyThenAnswer) { Then = answer };
    }

    /// <inheritdoc/>
    public override string ToString() => Kind switch
    {
        InjectedFaultKind.MarketoFault => string.Create(CultureInfo.InvariantCulture, $"MarketoFault {ErrorCode}"),
        InjectedFaultKind.HttpError => string.Create(CultureInfo.InvariantCulture, $"HttpError {HttpStatusCode} {ContentType}"),
        InjectedFaultKind.Delay => string.Create(CultureInfo.InvariantCulture, $"Delay {Duration}"),
        InjectedFaultKind.ApplyThenAnswer => $"ApplyThen {Then}",
        _ => Kind.ToString(),
    };

    private static string ReasonPhrase(int statusCode) =>
        ReasonPhrases.GetReasonPhrase(statusCode) is { Length: > 0 } phrase ? phrase : "Error";
}
