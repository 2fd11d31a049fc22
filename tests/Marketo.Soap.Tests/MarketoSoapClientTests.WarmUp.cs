using System.Reflection;
using Marketo.Soap.Tests.TestSupport;
using Marketo.Soap.Transport;

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
        public async Task WarmUpProcessAsync_EveryOperationAnsweredInProcess_RecordsNoActivityOrMeasurement()
        {
            using var recorder = new TelemetryRecorder();

            await MarketoSoapClient.WarmUpProcessAsync();

            // Warming up is not a call to Marketo: dashboards must not count it.
            Assert.Empty(recorder.Activities);
            Assert.Empty(recorder.Measurements);
        }

        [Fact]
        public async Task WarmUpProcessAsync_EveryOperationTheClientTypes_IsCalledOnceAndItsAnswerRead()
        {
            var transport = new WarmUpTransport();

            // Throws if any answer could not be read as its operation's result.
            await MarketoSoapClient.WarmUpProcessAsync(transport);

            // Each operation has its own request and answer serializers; one left out stays cold for the first real call.
            Assert.Equal(TypedOperationNames(), transport.Answered.Order(StringComparer.Ordinal));
        }

        /// <summary>The wire name of every operation class under Marketo.Soap.Operations (each declares its <c>Name</c>).</summary>
        private static IEnumerable<string> TypedOperationNames() =>
            typeof(MarketoSoapClient).Assembly.GetTypes()
                .Where(t => t.Namespace == "Marketo.Soap.Operations")
                .Select(t => t.GetField("Name", BindingFlags.Public | BindingFlags.Static))
                .Where(f => f is { IsLiteral: true } && f.FieldType == typeof(string))
                .Select(f => (string)f!.GetRawConstantValue()!)
                .Order(StringComparer.Ordinal);
    }
}
