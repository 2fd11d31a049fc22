using System.Net.Sockets;
using System.Security.Authentication;

namespace Marketo.Soap.Pipeline;

/// <summary>Why a connection failed, in words a user can act on, and whether the request can have left the process.</summary>
/// <param name="NothingSent">
/// True when the connection was never made (the name did not resolve, the port refused, the TLS
/// handshake failed): no byte of the request left, so Marketo certainly did not apply it.
/// </param>
/// <param name="Description">The cause, for the exception's message.</param>
internal readonly record struct ConnectionCause(bool NothingSent, string Description)
{
    public static ConnectionCause Of(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case HttpRequestException { HttpRequestError: HttpRequestError.NameResolutionError }:
                    return new(true, "its host name could not be resolved (DNS)");
                case HttpRequestException { HttpRequestError: HttpRequestError.SecureConnectionError }:
                case AuthenticationException:
                    return new(true, "the TLS handshake failed (check the certificate and the host name)");
                case HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError } connect:
                    return new(true, SocketCause(connect));
            }
        }

        return new(false, Innermost(exception).Message);
    }

    private static string SocketCause(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is SocketException socket)
            {
                return socket.SocketErrorCode switch
                {
                    SocketError.ConnectionRefused => "the connection was refused (is the endpoint's host and port right?)",
                    SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain => "its host name could not be resolved (DNS)",
                    SocketError.TimedOut => "connecting timed out",
                    SocketError.HostUnreachable or SocketError.NetworkUnreachable or SocketError.NetworkDown => "the host is unreachable",
                    var other => $"the connection could not be made ({other})",
                };
            }
        }

        return "the connection could not be made";
    }

    private static Exception Innermost(Exception exception)
    {
        var e = exception;
        while (e.InnerException is not null)
        {
            e = e.InnerException;
        }

        return e;
    }
}
