using Marketo.Soap.Configuration;
using Marketo.Soap.Models;
using Marketo.Soap.Operations;
using Marketo.Soap.Pipeline;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Marketo.Soap;

/// <summary>
/// Calls Marketo's SOAP API (mktows 2_3), signing every call with the instance's user id and
/// encryption key.
/// </summary>
/// <remarks>
/// <para>
/// One instance is safe to use from many threads at once and reuses one WCF channel factory, so
/// register it as a singleton (<c>services.AddMarketoSoapClient(...)</c> does) and dispose it when
/// the application stops.
/// </para>
/// <para>
/// Each method is one line: the operation's file under <c>Operations/</c> validates and maps the
/// request (and states whether it is safe to repeat), and the shared <c>Pipeline/</c> sends it.
/// </para>
/// </remarks>
public partial class MarketoSoapClient : IMarketoSoapClient, IDisposable
{
    private readonly CallPipeline _pipeline = null!;

    /// <summary>Creates a client for a Marketo instance.</summary>
    /// <param name="options">Where and as whom to call; checked here.</param>
    /// <param name="logger">Receives one event per call; null logs nothing.</param>
    /// <param name="timeProvider">The clock that timestamps each signature; null uses the system clock and local time zone.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="OptionsValidationException"><paramref name="options"/> is incomplete or invalid; the message lists every problem.</exception>
    public MarketoSoapClient(MarketoSoapOptions options, ILogger<MarketoSoapClient>? logger = null, TimeProvider? timeProvider = null)
        : this(options, logger, timeProvider, transport: null)
    {
    }

    /// <summary>Creates a client whose HTTP exchange can be replaced, for tests that replay recorded answers.</summary>
    /// <param name="options">Where and as whom to call; checked here.</param>
    /// <param name="logger">Receives one event per call; null logs nothing.</param>
    /// <param name="timeProvider">The clock that timestamps each signature; null uses the system clock.</param>
    /// <param name="transport">Replaces the network under the client; null sends through WCF's own handler.</param>
    internal MarketoSoapClient(MarketoSoapOptions options, ILogger? logger, TimeProvider? timeProvider, Func<HttpClientHandler, HttpMessageHandler>? transport)
    {
        ArgumentNullException.ThrowIfNull(options);
        var validation = new MarketoSoapOptionsValidator().Validate(Options.DefaultName, options);
        if (validation.Failed)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(MarketoSoapOptions), validation.Failures);
        }

        _pipeline = new CallPipeline(options, logger ?? NullLogger.Instance, timeProvider ?? TimeProvider.System, transport);
    }

    /// <summary>For mocking only: creates a client that is not connected to anything.</summary>
    protected MarketoSoapClient()
    {
    }

    /// <inheritdoc/>
    public virtual Task<SyncMultipleLeadsResult> SyncMultipleLeadsAsync(SyncMultipleLeadsRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _pipeline.SendAsync(SyncMultipleLeadsOperation.Prepare(request), cancellationToken);
    }

    /// <inheritdoc/>
    public virtual Task<SyncMObjectsResult> SyncMObjectsAsync(SyncMObjectsRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _pipeline.SendAsync(SyncMObjectsOperation.Prepare(request), cancellationToken);
    }

    /// <summary>Closes the channel factory. Calls in flight are aborted.</summary>
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Closes the channel factory when <paramref name="disposing"/> is true.</summary>
    /// <param name="disposing">Whether the call comes from <see cref="Dispose()"/>.</param>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _pipeline?.Dispose();
        }
    }
}
