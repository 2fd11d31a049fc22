using Microsoft.Extensions.Logging;

namespace Marketo.Soap.Tests.TestSupport;

/// <summary>Builds a <see cref="MarketoSoapClient"/> whose HTTP exchange goes to a test handler.</summary>
internal static class TestClient
{
    public static MarketoSoapClient Create(ReplayHandler handler, TimeProvider? clock = null, ILogger? logger = null, MarketoSoapOptions? options = null) =>
        Create((HttpMessageHandler)handler, clock, logger, options);

    /// <summary>A client whose HTTP exchange goes to any handler, such as a <see cref="GatedHandler"/>.</summary>
    public static MarketoSoapClient Create(HttpMessageHandler handler, TimeProvider? clock = null, ILogger? logger = null, MarketoSoapOptions? options = null) =>
        new(options ?? SeedCredentials.Options(), logger, clock ?? SeedCredentials.SyncMultipleLeadsClock(), _ => handler);
}
