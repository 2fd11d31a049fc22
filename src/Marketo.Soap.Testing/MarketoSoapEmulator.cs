using System.Net;
using System.Security.Cryptography;
using Marketo.Soap.Testing.Admin;
using Marketo.Soap.Testing.Contract;
using Marketo.Soap.Testing.Internal;
using Marketo.Soap.Testing.Seeds;
using Marketo.Soap.Testing.Soap;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Marketo.Soap.Testing;

/// <summary>
/// A Marketo SOAP server (mktows 2_3, all 23 operations) on 127.0.0.1, for tests,
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
    private const string StateFileName = "store.json";

    private readonly SoapEndpoint _endpoint;
    private readonly ExchangeLog _log;
    private readonly CancellationTokenSource _stopping;
    private readonly string? _stateFolder;
    private readonly Lock _seedGate = new();
    private readonly List<SeedDocument> _seeds = [];
    private WebApplication? _app;

    /// <summary>The web host's services, for tests of how the emulator is hosted.</summary>
    internal IServiceProvider HostServices => _app!.Services;

    private MarketoSoapEmulator(SoapEndpoint endpoint, ExchangeLog log, CancellationTokenSource stopping, string userId, string encryptionKey, MarketoEmulatorStore store, FaultInjector faults, string? stateFolder)
    {
        _endpoint = endpoint;
        _log = log;
        _stopping = stopping;
        _stateFolder = stateFolder;
        UserId = userId;
        EncryptionKey = encryptionKey;
        Store = store;
        Faults = faults;
    }

    /// <summary>The SOAP endpoint, for example <c>http://127.0.0.1:54321/soap/mktows/2_3</c>. When listening on every interface, the loopback address of the same family.</summary>
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

    /// <summary>
    /// The latest SOAP calls (at most <see cref="ExchangeLogCapacity"/>), in the order they finished,
    /// without secrets. WSDL and admin requests are not included.
    /// </summary>
    public IReadOnlyList<EmulatorExchange> Exchanges => _log.Exchanges;

    /// <summary>How many calls <see cref="Exchanges"/> dropped to stay within <see cref="ExchangeLogCapacity"/>, since the start or the last <see cref="ClearExchanges"/>.</summary>
    public long ExchangesDropped => _log.Dropped;

    /// <summary>How many calls <see cref="Exchanges"/> keeps; lowering it drops the oldest at once.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is not positive.</exception>
    public int ExchangeLogCapacity
    {
        get => _log.Capacity;
        set => _log.Capacity = value;
    }

    /// <summary>
    /// What lenient mode ignored, across the logged calls, in order; strict mode refuses instead, so in strict
    /// mode this holds only the rare note a test should see: a fault rule's predicate that threw, or a
    /// failure inside the emulator (answered as 10001).
    /// </summary>
    public IReadOnlyList<string> Warnings => _log.Warnings;

    /// <summary>How many calls are in flight now, held and delayed ones included.</summary>
    public int CallsInFlight => _endpoint.CallsInFlight;

    internal SoapEndpoint SoapEndpoint => _endpoint;

    internal ExchangeLog Log => _log;

    /// <summary>Whether undeclared elements fail calls (20012) rather than being ignored with a warning.</summary>
    internal bool Strict { get; private init; }

    /// <summary>Starts an emulator listening on <see cref="MarketoSoapEmulatorOptions.Host"/> (127.0.0.1 by default).</summary>
    /// <param name="options">How to listen and what to enforce; null uses the defaults (a free port, generated credentials, strict mode, Marketo's limits).</param>
    /// <param name="cancellationToken">Stops the start.</param>
    /// <returns>The running emulator. Dispose it to stop it.</returns>
    /// <exception cref="ArgumentException"><paramref name="options"/> has invalid values (the message lists every one), or a seed file or the saved state cannot be used.</exception>
    /// <exception cref="IOException">The requested port is in use, or a seed file cannot be read.</exception>
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
        var store = new MarketoEmulatorStore { Clock = options.TimeProvider };
        var faults = new FaultInjector();
        var log = new ExchangeLog(options.ExchangeLogCapacity, options.OnExchange);
        var stopping = new CancellationTokenSource();
        var endpoint = new SoapEndpoint(WsdlContract.Instance, options, userId, encryptionKey, store, faults, log, stopping.Token);
        var emulator = new MarketoSoapEmulator(endpoint, log, stopping, userId, encryptionKey, store, faults, options.StateFolder) { Strict = options.Strict };
        try
        {
            emulator.LoadInitialData(options);

            var host = IPAddress.Parse(options.Host);

            // An empty builder: no configuration files, no logging providers, no hosting environment to
            // pick up from the machine, so an emulator behaves the same wherever it runs.
            var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
            builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
            {
                kestrel.AddServerHeader = false;
                kestrel.Listen(host, options.Port);
            });
            builder.Services.AddSingleton<IHostLifetime, EmbeddedHostLifetime>();
            if (options.AdminApi)
            {
                AdminApi.AddServices(builder.Services);
            }

            var app = emulator._app = builder.Build();
            if (options.AdminApi)
            {
                // Routing only when the admin API is on, so a plain test emulator stays one delegate per request.
                AdminApi.Map(app, emulator);
                app.Map(EmulatorDefaults.EndpointPath, endpoint.HandleAsync);
            }
            else
            {
                app.Run(endpoint.HandleAsync);
            }

            await app.StartAsync(cancellationToken).ConfigureAwait(false);

            // Stryker disable once Linq : a started Kestrel listening on one endpoint always has one address, so First and FirstOrDefault agree.
            var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
            var everyInterface = host.Equals(IPAddress.Any) || host.Equals(IPAddress.IPv6Any);
            if (everyInterface)
            {
                address = new UriBuilder(address) { Host = host.Equals(IPAddress.Any) ? "127.0.0.1" : "[::1]" }.Uri;
            }

            emulator.Endpoint = new Uri(address, EmulatorDefaults.EndpointPath);
            endpoint.ServeWsdlFor(emulator.Endpoint, followRequestHost: everyInterface);
            return emulator;
        }
        catch
        {
            await emulator.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Options for a <c>MarketoSoapClient</c> that calls this emulator: <see cref="Endpoint"/>, <see cref="UserId"/> and <see cref="EncryptionKey"/>, other settings at their defaults.</summary>
    /// <returns>A new options object each time, for the caller to adjust.</returns>
    public MarketoSoapOptions CreateClientOptions() => new()
    {
        Endpoint = Endpoint,
        UserId = UserId,
        EncryptionKey = EncryptionKey,
    };

    /// <summary>Adds a seed file's data to the store (see <c>marketo-emulator-seed.schema.json</c>). <see cref="ResetStore"/> removes it again: only <see cref="MarketoSoapEmulatorOptions.SeedFiles"/> are the store's baseline.</summary>
    /// <param name="path">The JSON file.</param>
    /// <exception cref="ArgumentException">The file is not a valid seed, or a record in it cannot be stored; the store is left as it was.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public void SeedFromFile(string path)
    {
        var seed = ReadSeedFile(path);
        lock (_seedGate)
        {
            SeedLoader.Apply(Store, seed);
        }
    }

    /// <summary>Adds a seed's data to the store. <see cref="ResetStore"/> removes it again: only <see cref="MarketoSoapEmulatorOptions.SeedFiles"/> are the store's baseline.</summary>
    /// <param name="json">A seed document (see <c>marketo-emulator-seed.schema.json</c>).</param>
    /// <exception cref="ArgumentException">The JSON is not a valid seed, or a record in it cannot be stored; the store is left as it was.</exception>
    public void SeedFromJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var seed = SeedJson.Read(json);
        lock (_seedGate)
        {
            SeedLoader.Apply(Store, seed);
        }
    }

    /// <summary>
    /// Puts the store back as the seed files made it at start: empties it, then applies <see cref="MarketoSoapEmulatorOptions.SeedFiles"/>
    /// in order. Data seeded since, and a state loaded from the state folder, are gone.
    /// </summary>
    public void ResetStore()
    {
        lock (_seedGate)
        {
            Store.Clear();
            foreach (var seed in _seeds)
            {
                SeedLoader.Apply(Store, seed);
            }
        }
    }

    /// <summary>Forgets the exchanges and warnings logged so far, and the count of dropped ones; the store, rules and limits are kept.</summary>
    public void ClearExchanges() => _log.Clear();

    /// <summary>Stops listening and, with a state folder, saves the store. Calls still held or delayed are ended without an answer.</summary>
    /// <returns>A task that completes when the server has stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        if (_stopping.IsCancellationRequested)
        {
            return;
        }

        await _stopping.CancelAsync().ConfigureAwait(false);
        if (_app is { } app)
        {
            try
            {
                await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
                SaveState();
            }
            catch (InvalidOperationException)
            {
                // The server never started; there is nothing to stop, nor any state worth saving.
            }

            await app.DisposeAsync().ConfigureAwait(false);
        }

        _stopping.Dispose();
    }

    /// <summary>Writes the store to the state folder, if there is one; a crash mid-write leaves the previous file whole.</summary>
    internal void SaveState()
    {
        if (_stateFolder is null)
        {
            return;
        }

        Directory.CreateDirectory(_stateFolder);
        var path = Path.Combine(_stateFolder, StateFileName);
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, SeedJson.Write(StoreSnapshot.Take(Store)));
        File.Move(temporary, path, overwrite: true);
    }

    private void LoadInitialData(MarketoSoapEmulatorOptions options)
    {
        // The seeds are read even when a saved state is loaded, so a reset still has them to go back to.
        var seeds = options.SeedFiles.Select(ReadSeedFile).ToList();
        var state = _stateFolder is null ? null : Path.Combine(_stateFolder, StateFileName);
        if (state is not null && File.Exists(state))
        {
            SeedLoader.Apply(Store, ReadSeedFile(state));
            _seeds.AddRange(seeds);
            return;
        }

        foreach (var (seed, path) in seeds.Zip(options.SeedFiles))
        {
            try
            {
                SeedLoader.Apply(Store, seed);
            }
            catch (ArgumentException e)
            {
                throw new ArgumentException($"{path}: {e.Message}", e);
            }

            _seeds.Add(seed);
        }
    }

    private static SeedDocument ReadSeedFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var json = File.ReadAllText(path);
        try
        {
            return SeedJson.Read(json);
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"{path}: {e.Message}", e);
        }
    }
}
