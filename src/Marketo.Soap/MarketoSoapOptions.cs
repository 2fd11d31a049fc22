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

    /// <summary>When and how often a failed call is repeated.</summary>
    public MarketoSoapRetryOptions Retry { get; set; } = new();
}
