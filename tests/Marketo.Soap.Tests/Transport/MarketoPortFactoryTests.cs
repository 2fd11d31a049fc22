using System.ServiceModel;
using Marketo.Soap.Tests.TestSupport;
using Marketo.Soap.Transport;
using Microsoft.Extensions.Logging.Abstractions;

namespace Marketo.Soap.Tests.Transport;

public class MarketoPortFactoryTests
{
    // A channel WCF opens on demand releases the calls queued behind it from the opening call's
    // async flow, where they would see that call's cancellation token and HTTP status.
    [Fact]
    public void Open_Always_ReturnsAnOpenedChannelSoNoCallWaitsBehindAnOpeningCall()
    {
        var port = MarketoPortFactory.Open(new Uri("https://123-ABC-456.mktoapi.com/soap/mktows/2_3"), TimeSpan.FromSeconds(5), _ => new ReplayHandler(), NullLogger.Instance);

        try
        {
            Assert.Equal(CommunicationState.Opened, port.State);
        }
        finally
        {
            port.Abort();
        }
    }
}
