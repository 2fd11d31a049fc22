using System.Net;
using System.Security.Cryptography;
using Marketo.Soap.Testing.Contract;
using Marketo.Soap.Testing.Internal;
using Marketo.Soap.Testing.Soap;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Marketo.Soap.Testing;

/// <summary>
/// A Marketo SOAP server (mktows 2_3: syncMultipleLeads and syncMObjects) on 127.0.0.1, for tests,
/// samples and benchmarks now that Marketo's own endpoints are gone.
/// </summary>
/// <remarks>
/// <para>
/// It speaks Marketo's wire format over real HTTP: requests are held to the project's WSDL, signed
/// headers are checked, Marketo's rate, concurrency and daily limits apply, faults come in
/// Marketo's shape, and an in-memory <see cref="Store"/> does what Marketo does with the data. It
/// reads and writes XML on its own and shares no code with the client, so it checks the client
/// rather than mirroring it. Which behaviours are documented facts and which are the emulator's
/// assumptions is listed in the package README.
/// </para>
/// <para>Start one per test with port 0; dispose it to stop listening. Thread-safe.</para>
/// </remarks>
public sealed class MarketoSoapEmulator : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly SoapEndpoint _endpoint;
    private readonly ExchangeLog _log;
    private readonly CancellationTokenSource _stopping;

    private MarketoSoapEmulator(WebApplication app, SoapEndpoint endpoint, ExchangeLog log, CancellationTokenSource stopping, string userId, string encryptionKey, MarketoEmulatorStore store, FaultInjector faults)
    {
        _app = app;
        _endpoint = endpoint;
        _log = log;
        _stopping = stopping;
        UserId = userId;
        EncryptionKey = encryptionKey;
        Store = store;
        Faults = faults;
    }

    /// <summary>The SOAP endpoint, for example <c>http://127.0.0.1:54321/soap/mktows/2_3</c>.</summary>
    public Uri Endpoint { get; private set; } = null!;

    /// <summary>Where the WSDL is served: <see cref="Endpoint"/> with <c>?WSDL</c>. Its <c>soap:address</c> points at <see cref="Endpoint"/>.</summary>
    public Uri WsdlUri => new(Endpoint.AbsoluteUri + "?WSDL");

    /// <summary>The SOAP user id the emulator accepts.</summary>
    public string UserId { get; }

    /// <summary>The encryption key requests must be signed with.</summary>
    public string EncryptionKey { get; }

    /// <summary>The emulated instance's data: seed it before calls, inspect it after.</summary>
    public MarketoEmulatorStore Store { get; }

    /// <summary>Makes chosen calls fail: Marketo faults, HTTP errors, delays, broken answers, dropped connections.</summary>
    public FaultInjector Faults { get; }

    /// <summary>Every SOAP call so far, in the order they finished, without secrets. WSDL requests are not included.</summary>
    public IReadOnlyList<EmulatorExchange> Exchanges => _log.Exchanges;

    /// <summary>
    /// What lenient mode ignored, across all calls, in order; strict mode refuses instead, so in strict
    /// mode this holds only the rare note a test should see: a fault rule's predicate that threw, or a
    /// failure inside the emulator (answered as 10001).
    /// </summary>
    public IReadOnlyList<string> Warnings => _log.Warnings;

    /// <summary>How many calls are in flight now, held and delayed ones included.</summary>
    public int CallsInFlight => _endpoint.CallsInFlight;

    /// <summary>Starts an emulator listening on 127.0.0.1.</summary>
    /// <param name="options">How to listen and what to enforce; null uses the defaults (a free port, generated credentials, strict mode, Marketo's limits).</param>
    /// <param name="cancellationToken">Stops the start.</param>
    /// <returns>The running emulator. Dispose it to stop it.</returns>
    /// <exception cref="ArgumentException"><paramref name="options"/> has invalid values; the message lists every one.</exception>
    /// <exception cref="IOException">The requested port is in use.</exception>
    public static async Task<MarketoSoapEmulator> StartAsync(MarketoSoapEmulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new MarketoSoapEmulatorOptions();
        var problems = EmulatorOptionsValidator.Validate(options);
        if (problems.Count > 0)
        {
            throw new ArgumentException("The emulator options are invalid: " + string.Join(" ", problems), nameof(options));
        }

        var userId = options.UserId ?? "emulator_1_" + RandomNumberGenerator.GetHexString(22);
        var encryptionKey = options.EncryptionKey ?? RandomNumberGenerator.GetHexString(32, lowercase: true);
        var store = new MarketoEmulatorStore();
        var faults = new FaultInjector();
        var log = new ExchangeLog();
        var stopping = new CancellationTokenSource();
        var endpoint = new SoapEndpoint(WsdlContract.Instance, options, userId, encryptionKey, store, faults, log, stopping.Token);

        // An empty builder: no configuration files, no logging providers, no hosting environment to
        // pick up from the machine, so an emulator behaves the same wherever it runs.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Loopback, options.Port);
        });
        var app = builder.Build();
        app.Run(endpoint.HandleAsync);

        var emulator = new MarketoSoapEmulator(app, endpoint, log, stopping, userId, encryptionKey, store, faults);
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await emulator.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        emulator.Endpoint = new Uri(address, EmulatorDefaults.EndpointPath);
        endpoint.ServeWsdlFor(emulator.Endpoint);
        return emulator;
    }

    /// <summary>Options for a <c>MarketoSoapClient</c> that calls this emulator: <see cref="Endpoint"/>, <see cref="UserId"/> and <see cref="EncryptionKey"/>, other settings at their defaults.</summary>
    /// <returns>A new options object each time, for the caller to adjust.</returns>
    public MarketoSoapOptions CreateClientOptions() => new()
    {
        Endpoint = Endpoint,
        UserId = UserId,
        EncryptionKey = EncryptionKey,
    };

    /// <summary>Forgets the exchanges and warnings logged so far; the store, rules and limits are kept.</summary>
    public void ClearExchanges() => _log.Clear();

    /// <summary>Stops listening. Calls still held or delayed are ended without an answer.</summary>
    /// <returns>A task that completes when the server has stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        if (_stopping.IsCancellationRequested)
        {
            return;
        }

        await _stopping.CancelAsync().ConfigureAwait(false);
        try
        {
            await _app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (InvalidOperationException)
        {
            // The server never started; there is nothing to stop.
        }

        await _app.DisposeAsync().ConfigureAwait(false);
        _stopping.Dispose();
    }
}
