using System.Globalization;
using System.ServiceModel;
using Marketo.Soap.Transport;

namespace Marketo.Soap.Pipeline;

/// <summary>Turns whatever WCF threw into this library's exceptions, so no WCF or XML type reaches a caller.</summary>
internal static class ExceptionTranslator
{
    private static readonly TimeZoneInfo MarketoQuotaZone = FindCentralTime();

    public static MarketoSoapException Translate(Exception exception, HttpExchange exchange, string operation, TimeProvider timeProvider) => exception switch
    {
        MarketoSoapException known => known,
        FaultException fault => FromFault(ServiceFault.Read(fault.CreateMessageFault()), operation, timeProvider, fault),
        // WCF also raises TimeoutException for a 504 page, which is a gateway's answer, not our timeout.
        TimeoutException when !IsHttpErrorPage(exchange) =>
            Transport(MarketoTransportFailure.Timeout, $"Marketo did not answer {operation} in time.", exchange, operation, exception),
        _ when exchange.StatusCode is null || IsConnectionLoss(exception) =>
            Transport(MarketoTransportFailure.ConnectionFailed, $"The connection to Marketo failed during {operation}.", exchange, operation, exception),
        _ when IsHttpErrorPage(exchange) =>
            Transport(MarketoTransportFailure.HttpError, HttpErrorMessage(exchange, operation), exchange, operation, exception),
        _ => Transport(MarketoTransportFailure.InvalidResponse, $"Marketo's answer to {operation} is not a readable SOAP message of the expected shape.", exchange, operation, exception),
    };

    public static MarketoSoapException FromFault(ServiceFault fault, string operation, TimeProvider timeProvider, Exception? inner)
    {
        MarketoErrorCode? code = fault.Code is { } value ? new MarketoErrorCode(value) : null;
        var message = fault.Message is null
            ? $"Marketo refused {operation}: {fault.FaultString}"
            : $"Marketo refused {operation}: {fault.FaultString}. {fault.Message}";

        return code?.Value switch
        {
            20013 or 20014 => new MarketoAuthenticationException(message, code, fault.FaultCode, operation, inner),
            20015 => new MarketoQuotaExceededException(message, NextQuotaReset(timeProvider.GetUtcNow()), fault.FaultCode, operation, inner),
            _ => new MarketoSoapException(message, code, fault.FaultCode, operation, inner),
        };
    }

    /// <summary>Marketo resets the daily quota at 12:00 AM US Central time.</summary>
    public static DateTimeOffset NextQuotaReset(DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(now, MarketoQuotaZone);
        var midnight = local.Date.AddDays(1);
        return new DateTimeOffset(midnight, MarketoQuotaZone.GetUtcOffset(midnight));
    }

    private static MarketoTransportException Transport(MarketoTransportFailure failure, string message, HttpExchange exchange, string operation, Exception inner) =>
        new(message, failure, exchange.StatusCode, operation, inner);

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
