using System.Globalization;
using System.ServiceModel;
using Marketo.Soap.Telemetry;
using Marketo.Soap.Transport;

namespace Marketo.Soap.Pipeline;

/// <summary>
/// Turns whatever WCF threw into this library's exceptions, so no WCF or XML type reaches a caller,
/// with messages a user can act on and no secret in them or in their inner exceptions.
/// </summary>
internal sealed class ExceptionTranslator
{
    private static readonly TimeZoneInfo MarketoQuotaZone = FindCentralTime();

    private readonly string _host;
    private readonly TimeSpan _timeout;
    private readonly SecretRedactor _redactor;
    private readonly TimeProvider _timeProvider;

    /// <param name="endpoint">The endpoint, whose host and port connection failures name.</param>
    /// <param name="timeout">The time one attempt may take, which timeouts name.</param>
    /// <param name="redactor">Removes secrets from every text that goes into an exception.</param>
    /// <param name="timeProvider">Tells when a daily quota resets.</param>
    public ExceptionTranslator(Uri endpoint, TimeSpan timeout, SecretRedactor redactor, TimeProvider timeProvider)
    {
        // Authority is host and port, without user info.
        _host = endpoint.Authority;
        _timeout = timeout;
        _redactor = redactor;
        _timeProvider = timeProvider;
    }

    /// <param name="exception">What the attempt threw.</param>
    /// <param name="exchange">What the HTTP handler saw of the attempt's answer.</param>
    /// <param name="operation">The operation's wire name.</param>
    /// <param name="attempt">The attempt's number, from 1.</param>
    public MarketoSoapException Translate(Exception exception, HttpExchange exchange, string operation, int attempt) => exception switch
    {
        MarketoSoapException known => known,
        FaultException fault => FromFault(ServiceFault.Read(fault.CreateMessageFault()), operation, fault),
        _ when exchange.StatusCode is >= 300 and < 400 => Redirect(exchange, operation, exception),

        // WCF also raises TimeoutException for a 504 page, which is a gateway's answer, not our
        // timeout; and when its own timer cancels the HTTP request, a bare TaskCanceledException
        // can escape instead (the caller's token, checked before this, was not cancelled).
        TimeoutException or OperationCanceledException when !IsHttpErrorPage(exchange) => Transport(
            MarketoTransportFailure.Timeout,
            string.Create(CultureInfo.InvariantCulture, $"Marketo did not answer {operation} within {_timeout.TotalSeconds:0.###} s (attempt {attempt}); whether it received the request is unknown."),
            exchange,
            operation,
            exception),
        _ when exchange.StatusCode is null || IsConnectionLoss(exception) => ConnectionFailure(exception, exchange, operation),
        _ when IsHttpErrorPage(exchange) => Transport(MarketoTransportFailure.HttpError, HttpErrorMessage(exchange, operation), exchange, operation, exception),
        _ => Transport(
            MarketoTransportFailure.InvalidResponse,
            string.Create(CultureInfo.InvariantCulture, $"Marketo's answer to {operation} (HTTP {exchange.StatusCode}) is not a readable SOAP message of the expected shape{WhereUnreadable(exception)}. RawExchange shows how it starts."),
            exchange,
            operation,
            exception),
    };

    public MarketoSoapException FromFault(ServiceFault fault, string operation, Exception? inner)
    {
        MarketoErrorCode? code = fault.Code is { } value ? new MarketoErrorCode(value) : null;
        var message = _redactor.Redact($"Marketo refused {operation}: {FaultText.Describe(fault.FaultString, fault.Message)}");
        var scrubbed = _redactor.Scrub(inner);

        return code?.Value switch
        {
            20013 or 20014 => new MarketoAuthenticationException(message, code, fault.FaultCode, operation, scrubbed),
            20015 => new MarketoQuotaExceededException(message, NextQuotaReset(_timeProvider.GetUtcNow()), fault.FaultCode, operation, scrubbed),
            _ => new MarketoSoapException(message, code, fault.FaultCode, operation, scrubbed),
        };
    }

    /// <summary>Marketo resets the daily quota at 12:00 AM US Central time.</summary>
    public static DateTimeOffset NextQuotaReset(DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(now, MarketoQuotaZone);
        var midnight = local.Date.AddDays(1);
        return new DateTimeOffset(midnight, MarketoQuotaZone.GetUtcOffset(midnight));
    }

    private MarketoTransportException ConnectionFailure(Exception exception, HttpExchange exchange, string operation)
    {
        var cause = ConnectionCause.Of(exception);
        var message = cause.NothingSent
            ? $"Could not connect to {_host} for {operation}: {cause.Description}. Nothing was sent."
            : $"The connection to {_host} failed during {operation}: {_redactor.Redact(cause.Description)}. Marketo may have received the request.";
        return new MarketoTransportException(message, MarketoTransportFailure.ConnectionFailed, exchange.StatusCode, operation, _redactor.Scrub(exception))
        {
            RequestNotSent = cause.NothingSent,
        };
    }

    private MarketoRedirectException Redirect(HttpExchange exchange, string operation, Exception exception)
    {
        // Origin only: the path and query of a Location can carry tokens.
        var origin = exchange.RedirectLocation?.GetLeftPart(UriPartial.Authority);
        var status = exchange.StatusCode ?? 0;
        var message = string.Create(
            CultureInfo.InvariantCulture,
            $"{_host} answered {operation} with HTTP {status}, a redirect to {origin ?? "no Location"}. The client does not follow redirects, so nothing was sent there; check MarketoSoapOptions.Endpoint.");
        return new MarketoRedirectException(message, status, origin, operation, _redactor.Scrub(exception));
    }

    private MarketoTransportException Transport(MarketoTransportFailure failure, string message, HttpExchange exchange, string operation, Exception inner) =>
        new(message, failure, exchange.StatusCode, operation, _redactor.Scrub(inner));

    // Only the XML reader's own words (what it met, at which line and position): other exceptions
    // here, such as WCF's content-type complaint, quote the answer's first bytes, record values and all.
    private string WhereUnreadable(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is System.Xml.XmlException xml)
            {
                return ": " + _redactor.Redact(xml.Message).TrimEnd('.');
            }
        }

        return string.Empty;
    }

    private static bool IsHttpErrorPage(HttpExchange exchange) =>
        exchange.StatusCode is < 200 or >= 300 && exchange.MediaType != "text/xml";

    private static string HttpErrorMessage(HttpExchange exchange, string operation) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"Marketo answered {operation} with HTTP {exchange.StatusCode} and {exchange.MediaType ?? "no content type"} instead of a SOAP message.");

    // A connection dropped after the status line arrived surfaces as an I/O error while WCF reads the body.
    private static bool IsConnectionLoss(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is IOException or HttpRequestException)
            {
                return true;
            }
        }

        return false;
    }

    private static TimeZoneInfo FindCentralTime()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("America/Chicago");
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            // Without time-zone data, standard time is the closer guess for most of the year's resets.
            return TimeZoneInfo.CreateCustomTimeZone("US Central (fixed)", TimeSpan.FromHours(-6), "US Central", "US Central");
        }
    }
}
