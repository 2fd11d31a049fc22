using System.Net;
using System.Net.Sockets;

namespace Marketo.Soap.Benchmarks.Loopback;

/// <summary>
/// A server on loopback that answers every request with the same pre-built bytes, without parsing
/// it (it only reads the body to its end), so end-to-end runs against it show the client's own cost
/// rather than the emulator's.
/// </summary>
internal sealed class CannedMarketo : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly byte[] _answer;
    private readonly Task _serving;

    private CannedMarketo(byte[] answer)
    {
        _answer = answer;
        var port = FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        Endpoint = new Uri($"http://127.0.0.1:{port}/soap/mktows/2_3");
        _serving = Task.Run(ServeAsync);
    }

    public Uri Endpoint { get; }

    public static CannedMarketo Start(byte[] answer) => new(answer);

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        try
        {
            await _serving.ConfigureAwait(false);
        }
        catch (HttpListenerException)
        {
        }
        catch (ObjectDisposedException)
        {
        }

        _listener.Close();
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            await context.Request.InputStream.CopyToAsync(Stream.Null).ConfigureAwait(false);
            var response = context.Response;
            response.ContentType = "text/xml; charset=utf-8";
            response.ContentLength64 = _answer.Length;
            await response.OutputStream.WriteAsync(_answer).ConfigureAwait(false);
            response.Close();
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
