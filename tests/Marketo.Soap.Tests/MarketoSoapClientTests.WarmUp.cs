using Marketo.Soap.Tests.TestSupport;

namespace Marketo.Soap.Tests;

public partial class MarketoSoapClientTests
{
    /// <summary>The process-wide warm-up that takes WCF's and XmlSerializer's first-use cost off the first call.</summary>
    [Collection(TelemetryCollection.Name)]
    public class WarmUp
    {
        [Fact]
        public async Task WarmUpAsync_Awaited_Completes()
        {
            await MarketoSoapClient.WarmUpAsync();

            Assert.True(MarketoSoapClient.WarmUpAsync().IsCompletedSuccessfully);
        }

        [Fact]
        public async Task WarmUpProcessAsync_BothOperationsAnsweredInProcess_RecordsNoActivityOrMeasurement()
        {
            using var recorder = new TelemetryRecorder();

            await MarketoSoapClient.WarmUpProcessAsync();

            // Warming up is not a call to Marketo: dashboards must not count it.
            Assert.Empty(recorder.Activities);
            Assert.Empty(recorder.Measurements);
        }
    }
}
