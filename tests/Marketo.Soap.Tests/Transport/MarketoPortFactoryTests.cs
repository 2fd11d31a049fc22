using System.ServiceModel;
using System.ServiceModel.Description;
using Marketo.Soap.Serialization;
using Marketo.Soap.Tests.TestSupport;
using Marketo.Soap.Telemetry;
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
        var port = MarketoPortFactory.Open(new Uri("https://123-ABC-456.mktoapi.com/soap/mktows/2_3"), TimeSpan.FromSeconds(5), _ => new ReplayHandler(), NullLogger.Instance, new SoapTextRenderer(new SecretRedactor("key"), recordValues: false), MarketoSoapSerializer.Generated);

        try
        {
            Assert.Equal(CommunicationState.Opened, port.State);
        }
        finally
        {
            port.Abort();
        }
    }

    [Theory]
    [InlineData(MarketoSoapSerializer.XmlSerializer, true)]
    [InlineData(MarketoSoapSerializer.Generated, false)]
    public void Open_Serializer_GivesEveryOperationTheChosenFormatterBehavior(MarketoSoapSerializer serializer, bool xmlSerializer)
    {
        var port = MarketoPortFactory.Open(new Uri("https://123-ABC-456.mktoapi.com/soap/mktows/2_3"), TimeSpan.FromSeconds(5), _ => new ReplayHandler(), NullLogger.Instance, new SoapTextRenderer(new SecretRedactor("key"), recordValues: false), serializer);

        try
        {
            // With the generated code, XmlSerializer's behaviour is gone, so opening built no XmlSerializer.
            Assert.All(port.Endpoint.Contract.Operations, operation =>
            {
                Assert.Equal(xmlSerializer, operation.OperationBehaviors.Contains(typeof(XmlSerializerOperationBehavior)));
                Assert.Equal(!xmlSerializer, operation.OperationBehaviors.Contains(typeof(GeneratedSerializationBehavior)));
            });
        }
        finally
        {
            port.Abort();
        }
    }
}
