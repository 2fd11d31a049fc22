using System.Threading.RateLimiting;
using Marketo.Soap.Configuration;

namespace Marketo.Soap;

/// <summary>Where and as whom <see cref="MarketoSoapClient"/> calls Marketo.</summary>
/// <remarks>
/// Bind from configuration with <c>services.AddMarketoSoapClient(configuration.GetSection("Marketo"))</c>.
/// The values are checked at start-up; see <see cref="Microsoft.Extensions.DependencyInjection.MarketoSoapServiceCollectionExtensions"/>.
/// </remarks>
public sealed class MarketoSoapOptions
{
    /// <summary>The instance's SOAP endpoint, for example <c>https://123-ABC-456.mktoapi.com/soap/mktows/2_3</c>.</summary>
    /// <value>Required. An absolute <c>https</c> URI; plain <c>http</c> is accepted only for a loopback host (an emulator).</value>
    public Uri? Endpoint { get; set; }

    /// <summary>The SOAP user id from Admin &gt; Web Services (<c>mktowsUserId</c>).</summary>
    /// <value>Required, not blank.</value>
    public string? UserId { get; set; }

    /// <summary>The SOAP encryption key from Admin &gt; Web Services. Used to sign each call; never sent, logged or put in a message.</summary>
    /// <value>Required, not blank.</value>
    public string? EncryptionKey { get; set; }

    /// <summary>How long one call may take, from sending the request to reading the whole answer.</summary>
    /// <value>Default 90 seconds; from 1 second to 10 minutes.</value>
    public TimeSpan Timeout { get; set; } = MarketoSoapDefaults.Timeout;

    /// <summary>How many calls one client sends at once; further calls wait their turn.</summary>
    /// <value>Default 10, Marketo's concurrency limit per instance; from 1 to 10.</value>
    /// <remarks>The limit is Marketo's per instance, so lower this when several processes call the same instance.</remarks>
    public int MaxConcurrentCalls { get; set; } = MarketoSoapDefaults.MaxConcurrentCalls;

    /// <summary>
    /// Paces the client's calls: each attempt, including each repeat, takes one permit before it is sent.
    /// </summary>
    /// <value>
    /// Default <see langword="null"/>: the client makes its own in-process limiter of 100 calls per
    /// sliding 20 seconds, Marketo's rate limit per instance.
    /// </value>
    /// <remarks>
    /// Marketo's limits hold per instance, not per process. When a fleet of services calls one
    /// instance, give every client the same distributed <see cref="System.Threading.RateLimiting.RateLimiter"/>
    /// here. The client does not dispose a limiter it was given.
    /// </remarks>
    public RateLimiter? RateLimiter { get; set; }

    /// <summary>
    /// Puts record values (emails, lead and object field values, foreign ids: personal data) into
    /// the raw SOAP that the client logs at Trace level (events 100 and 101). Meant for debugging
    /// against a sandbox, never for production logs.
    /// </summary>
    /// <value>
    /// Default <see langword="false"/>: the Trace events keep element names and structure, field
    /// names, statuses, ids and error texts, and replace every record value with <c>[redacted]</c>.
    /// The signature, its timestamp and the key are redacted either way.
    /// </value>
    public bool UnredactedRecordValuesInTrace { get; set; }

    /// <summary>
    /// Holds each attempt to Marketo's concurrency limit instead of the client's own count of
    /// <see cref="MaxConcurrentCalls"/>: an attempt takes one permit before it is sent and gives it
    /// back when its answer has arrived or it failed.
    /// </summary>
    /// <value>
    /// Default <see langword="null"/>: the client counts its own calls in flight, up to
    /// <see cref="MaxConcurrentCalls"/>.
    /// </value>
    /// <remarks>
    /// Marketo's ten concurrent calls are per instance, so a fleet of services that shares one
    /// instance needs one distributed count (the Marketo.Soap.Redis package makes one). When set,
    /// <see cref="MaxConcurrentCalls"/> is not applied: the limiter decides. The client does not
    /// dispose a limiter it was given.
    /// </remarks>
    public RateLimiter? ConcurrencyLimiter { get; set; }

    /// <summary>When and how often a failed call is repeated.</summary>
    public MarketoSoapRetryOptions Retry { get; set; } = new();

    /// <summary>What writes each request and reads each answer.</summary>
    /// <value>
    /// Default <see cref="MarketoSoapSerializer.Generated"/>: code generated at build time that sends
    /// byte for byte the requests XmlSerializer sends and reads the answers as it reads them, with
    /// no serializer to build on a process's first call. <see cref="MarketoSoapSerializer.XmlSerializer"/>
    /// uses .NET's XmlSerializer through WCF instead.
    /// </value>
    public MarketoSoapSerializer Serializer { get; set; } = MarketoSoapDefaults.Serializer;

    /// <summary>
    /// Your own HTTP handlers under the client, outermost first: a corporate proxy, a client
    /// certificate, a handler that records exchanges in tests. Each entry makes a new handler and
    /// is called once per client, when it first sends.
    /// </summary>
    /// <value>Default empty. Not bound from configuration.</value>
    /// <remarks>
    /// <para>
    /// The handlers sit between the client and the socket handler WCF creates. The library's own
    /// rules hold whatever they do: the timeout and the largest answer are enforced by WCF above
    /// them, and the socket handler beneath them keeps its redirect and proxy settings.
    /// </para>
    /// <para>
    /// Handlers added with <c>AddHttpMessageHandler</c> on the registration's builder sit outside
    /// these. A factory must return a new handler each time, with no inner handler set.
    /// </para>
    /// </remarks>
    public IList<Func<DelegatingHandler>> HttpHandlers { get; } = [];
}
