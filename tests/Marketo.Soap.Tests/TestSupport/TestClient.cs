using Microsoft.Extensions.Logging;

namespace Marketo.Soap.Tests.TestSupport;

/// <summary>Builds a <see cref="MarketoSoapClient"/> whose HTTP exchange goes to a <see cref="ReplayHandler"/>.</summary>
internal static class TestClient
{
    public static MarketoSoapClient Create(ReplayHandler handler, TimeProvider? clock = null, ILogger? logger = null, MarketoSoapOptions? options = null) =>
        new(options ?? SeedCredentials.Options(), logger, clock ?? SeedCredentials.SyncMultipleLeadsClock(), _ => handler);
}
