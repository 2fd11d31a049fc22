using Marketo.Soap.Testing.Internal;

namespace Marketo.Soap.Testing;

/// <summary>How a <see cref="MarketoSoapEmulator"/> listens, whom it accepts and which of Marketo's limits it enforces.</summary>
/// <remarks>Every value is checked by <see cref="MarketoSoapEmulator.StartAsync"/>, which reports all problems at once.</remarks>
public sealed class MarketoSoapEmulatorOptions
{
    /// <summary>The IP address to listen on.</summary>
    /// <value>
    /// Default <c>127.0.0.1</c>, reachable from this machine only. <c>0.0.0.0</c> or <c>::</c> listen on
    /// every interface, so that another container or machine can reach the emulator; then anyone who
    /// can reach the port can use it, admin API included.
    /// </value>
    public string Host { get; set; } = EmulatorDefaults.Host;

    /// <summary>The TCP port to listen on.</summary>
    /// <value>Default 0: the system picks a free port; read it from <see cref="MarketoSoapEmulator.Endpoint"/>. Range 0 to 65535.</value>
    public int Port { get; set; }

    /// <summary>The SOAP user id (<c>mktowsUserId</c>) the emulator accepts.</summary>
    /// <value>Default <see langword="null"/>: a new id in Marketo's shape (<c>emulator_1_</c> and 22 hex digits) is made for each emulator.</value>
    public string? UserId { get; set; }

    /// <summary>The encryption key requests must be signed with.</summary>
    /// <value>Default <see langword="null"/>: a new random 32-character key is made for each emulator.</value>
    public string? EncryptionKey { get; set; }

    /// <summary>
    /// Whether an element the WSDL does not declare (a misspelt or mis-cased name such as <c>id</c>
    /// in a <c>leadRecord</c>, or <c>mObjAssociationList</c>) fails the call with 20012.
    /// </summary>
    /// <value>
    /// Default <see langword="true"/>. With <see langword="false"/> such elements are ignored, as
    /// Marketo ignored them, and each one is recorded in <see cref="MarketoSoapEmulator.Warnings"/>.
    /// </value>
    public bool Strict { get; set; } = true;

    /// <summary>How far <c>requestTimestamp</c> may lie before or after the emulator's clock before the call fails with 20016.</summary>
    /// <value>Default 15 minutes, an emulator assumption (Marketo documents no window). Must be positive.</value>
    public TimeSpan TimestampTolerance { get; set; } = EmulatorDefaults.TimestampTolerance;

    /// <summary>How many calls are accepted in any sliding 20-second window; the next fails with 20023.</summary>
    /// <value>Default 100, Marketo's documented limit. At least 1.</value>
    public int CallsPer20Seconds { get; set; } = EmulatorDefaults.CallsPer20Seconds;

    /// <summary>How many calls may be in flight at once; one more fails with 20024.</summary>
    /// <value>Default 10, Marketo's documented limit. At least 1.</value>
    public int MaxConcurrentCalls { get; set; } = EmulatorDefaults.MaxConcurrentCalls;

    /// <summary>How many calls are accepted per day (days end at midnight US Central time); the next fails with 20015.</summary>
    /// <value>Default 10,000, Marketo's documented quota for most subscriptions. At least 1.</value>
    public int DailyQuota { get; set; } = EmulatorDefaults.DailyQuota;

    /// <summary>The most <c>leadRecord</c>s one syncMultipleLeads call may carry; more fail the call with 20110.</summary>
    /// <value>
    /// Default <see langword="null"/>: no limit. Marketo recommends at most 300 and calls larger
    /// batches unsupported, but documents no refusal, so the limit is off unless a test sets it. At least 1 when set.
    /// </value>
    public int? MaxLeadsPerCall { get; set; }

    /// <summary>The most <c>mObject</c>s one syncMObjects call may carry; more fail the call with 20110.</summary>
    /// <value>Default 100, Marketo's documented limit. At least 1.</value>
    public int MaxMObjectsPerCall { get; set; } = EmulatorDefaults.MaxMObjectsPerCall;

    /// <summary>
    /// The clock behind timestamp checks, the rate window, the daily quota, the exchange log and
    /// injected delays. Pass a <c>FakeTimeProvider</c> to drive them from a test without waiting.
    /// </summary>
    /// <value>Default <see cref="TimeProvider.System"/>.</value>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>How many calls <see cref="MarketoSoapEmulator.Exchanges"/> keeps; older ones are dropped and counted in <see cref="MarketoSoapEmulator.ExchangesDropped"/>.</summary>
    /// <value>Default 1,000, so a long-running emulator's memory stays flat. At least 1.</value>
    public int ExchangeLogCapacity { get; set; } = EmulatorDefaults.ExchangeLogCapacity;

    /// <summary>Called once for every SOAP call when it has been answered (or dropped), with the call as logged; for a console line per call, say.</summary>
    /// <value>Default <see langword="null"/>. It runs on the call's thread and must not throw; an exception is recorded as a warning.</value>
    public Action<EmulatorExchange>? OnExchange { get; set; }

    /// <summary>Whether the admin HTTP API is served under <c>/_emulator/</c> on the same port (store, seeds, exchange log, faults, limits, health, OpenAPI document).</summary>
    /// <value>Default <see langword="false"/>: .NET tests drive the emulator through its own members. The stand-alone host turns it on.</value>
    public bool AdminApi { get; set; }

    /// <summary>Seed files (JSON, see <c>marketo-emulator-seed.schema.json</c>) applied to the store at start, in order.</summary>
    /// <value>Default empty.</value>
    public IList<string> SeedFiles { get; } = [];

    /// <summary>
    /// A folder to persist the store in: when it holds a saved state, that state is loaded at start
    /// instead of <see cref="SeedFiles"/>; the store is saved there when the emulator stops and after
    /// every admin call that changes it.
    /// </summary>
    /// <value>Default <see langword="null"/>: nothing is persisted.</value>
    public string? StateFolder { get; set; }
}
