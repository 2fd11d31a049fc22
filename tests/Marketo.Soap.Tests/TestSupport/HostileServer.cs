using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Marketo.Soap.Tests.TestSupport;

/// <summary>
/// A loopback HTTP server that misbehaves on purpose, at the byte level: each connection reads one
/// request and then does whatever the test scripted next (answer raw bytes, redirect, drop the
/// connection after the request, never answer). Real sockets, so the client's whole stack (WCF,
/// its HTTP handler, redirects, connection errors) runs as it would against a real server.
/// </summary>
internal sealed class HostileServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly ConcurrentQueue<Func<Stream, Task>> _script = new();
    private readonly ConcurrentQueue<string> _requests = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;
    private int _connections;

    public HostileServer()
    {
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public string Origin => $"http://127.0.0.1:{Port}";

    /// <summary>An endpoint on this server, as the client's options take it.</summary>
    public Uri Endpoint => new($"{Origin}/soap/mktows/2_3");

    /// <summary>A client of this server over real sockets, signing with the seed credentials, never repeating unless told to.</summary>
    public MarketoSoapClient Client(Action<MarketoSoapOptions>? configure = null, Microsoft.Extensions.Logging.ILogger? logger = null)
    {
        var options = SeedCredentials.Options();
        options.Endpoint = Endpoint;
        options.Timeout = TimeSpan.FromSeconds(30);
        configure?.Invoke(options);
        return new MarketoSoapClient(options, logger, SeedCredentials.SyncMultipleLeadsClock(), transport: null);
    }

    /// <summary>How many connections were accepted, whatever came of them.</summary>
    public int Connections => Volatile.Read(ref _connections);

    /// <summary>The head and body of every request read, as text.</summary>
    public IReadOnlyList<string> Requests => _requests.ToArray();

    /// <summary>A loopback port that nothing listens on: connecting to it is refused.</summary>
    public static int ClosedPort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    /// <summary>Answers with exactly these bytes, then closes the connection.</summary>
    public HostileServer RespondRaw(string head, byte[] body)
    {
        _script.Enqueue(async stream =>
        {
            await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
            await stream.WriteAsync(body);
        });
        return this;
    }

    /// <summary>Answers with a status, a content type and a body, with a correct Content-Length.</summary>
    public HostileServer Respond(int status, string contentType, string body, string extraHeaders = "")
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        return RespondRaw($"HTTP/1.1 {status} Status\r\nContent-Type: {contentType}\r\nContent-Length: {bytes.Length}\r\nConnection: close\r\n{extraHeaders}\r\n", bytes);
    }

    /// <summary>Answers with a redirect to <paramref name="location"/> and an empty body.</summary>
    public HostileServer Redirect(int status, string location) =>
        Respond(status, "text/html", string.Empty, $"Location: {location}\r\n");

    /// <summary>Reads the whole request, then closes the connection without a byte of answer.</summary>
    public HostileServer DropAfterRequest()
    {
        _script.Enqueue(_ => Task.CompletedTask);
        return this;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _accepting;
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Stopping is what ended it.
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var connection = await _listener.AcceptTcpClientAsync(_stop.Token);
            Interlocked.Increment(ref _connections);
            _ = ServeAsync(connection);
        }
    }

    private async Task ServeAsync(TcpClient connection)
    {
        using (connection)
        {
            var stream = connection.GetStream();
            _requests.Enqueue(await ReadRequestAsync(stream));
            if (_script.TryDequeue(out var behaviour))
            {
                await behaviour(stream);
            }

            await stream.FlushAsync();
        }
    }

    private static async Task<string> ReadRequestAsync(Stream stream)
    {
        var received = new List<byte>();
        var buffer = new byte[8192];
        int headEnd;
        while ((headEnd = IndexOfHeadEnd(received)) < 0)
        {
            var read = await stream.ReadAsync(buffer);
            if (read == 0)
            {
                return Encoding.UTF8.GetString(received.ToArray());
            }

            received.AddRange(buffer.AsSpan(0, read));
        }

        var head = Encoding.ASCII.GetString(received.GetRange(0, headEnd).ToArray());
        var length = head.Split("\r\n")
            .Where(line => line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            .Select(line => int.Parse(line["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture))
            .FirstOrDefault();
        while (received.Count < headEnd + 4 + length)
        {
            var read = await stream.ReadAsync(buffer);
            if (read == 0)
            {
                break;
            }

            received.AddRange(buffer.AsSpan(0, read));
        }

        return Encoding.UTF8.GetString(received.ToArray());
    }

    private static int IndexOfHeadEnd(List<byte> bytes)
    {
        for (var i = 3; i < bytes.Count; i++)
        {
            if (bytes[i - 3] == '\r' && bytes[i - 2] == '\n' && bytes[i - 1] == '\r' && bytes[i] == '\n')
            {
                return i - 3;
            }
        }

        return -1;
    }
}
