using Marketo.Soap.Tests.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace Marketo.Soap.Tests;

public partial class MarketoSoapClientTests
{
    /// <summary>SOAP faults in Marketo's documented shape become this library's typed exceptions.</summary>
    public class Faults
    {
        [Fact]
        public async Task SyncMultipleLeadsAsync_Fault20014_ThrowsMarketoAuthenticationException()
        {
            var handler = new ReplayHandler().Reply(CannedResponse.Fault("fault.20014.authentication-failed.xml"));
            using var client = TestClient.Create(handler);

            var exception = await Assert.ThrowsAsync<MarketoAuthenticationException>(() => client.SyncMultipleLeadsAsync(SampleRequests.TwoLeads()));

            Assert.Equal((MarketoErrorCode?)MarketoErrorCode.AuthenticationFailed, exception.ErrorCode);
            Assert.Equal("Client", exception.FaultCode);
            Assert.Equal("syncMultipleLeads", exception.Operation);
            Assert.False(exception.IsRetriable);
        }

        [Fact]
        public async Task SyncMObjectsAsync_Fault20014_ThrowsMarketoAuthenticationExceptionNamingTheOperation()
        {
            var handler = new ReplayHandler().Reply(CannedResponse.Fault("fault.20014.authentication-failed.xml"));
            using var client = TestClient.Create(handler);

            var exception = await Assert.ThrowsAsync<MarketoAuthenticationException>(() => client.SyncMObjectsAsync(SampleRequests.ProgramCost()));

            Assert.Equal(("syncMObjects", 20014), (exception.Operation, exception.ErrorCode?.Value));
        }

        [Theory]
        [InlineData("fault.20016.request-expired.xml", 20016)]
        [InlineData("fault.20023.rate-limit-exceeded.xml", 20023)]
        public async Task SyncMultipleLeadsAsync_RetriableFault_ThrowsRetriableMarketoSoapExceptionWithCode(string fixture, int code)
        {
            var handler = new ReplayHandler().Reply(CannedResponse.Fault(fixture));
            using var client = TestClient.Create(handler);

            var exception = await Assert.ThrowsAsync<MarketoSoapException>(() => client.SyncMultipleLeadsAsync(SampleRequests.TwoLeads()));

            Assert.Equal((MarketoErrorCode?)new MarketoErrorCode(code), exception.ErrorCode);
            Assert.Equal("Client", exception.FaultCode);
            Assert.True(exception.IsRetriable);
        }

        [Fact]
        public async Task SyncMultipleLeadsAsync_Fault_MessageCarriesMarketosFaultString()
        {
            var handler = new ReplayHandler().Reply(CannedResponse.Fault("fault.20016.request-expired.xml"));
            using var client = TestClient.Create(handler);

            var exception = await Assert.ThrowsAsync<MarketoSoapException>(() => client.SyncMultipleLeadsAsync(SampleRequests.TwoLeads()));

            Assert.Contains("20016 - Request expired", exception.Message);
        }

        [Fact]
        public async Task SyncMultipleLeadsAsync_FaultWithoutDetailCode_ReadsCodeFromLeadingDigitsOfFaultString()
        {
            var handler = new ReplayHandler().Reply(CannedResponse.Fault("fault.20014.code-in-faultstring-only.xml"));
            using var client = TestClient.Create(handler);

            var exception = await Assert.ThrowsAsync<MarketoAuthenticationException>(() => client.SyncMultipleLeadsAsync(SampleRequests.TwoLeads()));

            Assert.Equal(20014, exception.ErrorCode?.Value);
        }

        [Fact]
        public async Task SyncMultipleLeadsAsync_FaultWithCodeOnlyInMessage_ReadsTrailingCodeOfMessage()
        {
            var handler = new ReplayHandler().Reply(CannedResponse.Fault("fault.20103.code-in-message-only.xml"));
            using var client = TestClient.Create(handler);

            var exception = await Assert.ThrowsAsync<MarketoSoapException>(() => client.SyncMultipleLeadsAsync(SampleRequests.TwoLeads()));

            Assert.Equal((MarketoErrorCode?)MarketoErrorCode.LeadNotFound, exception.ErrorCode);
        }

        [Fact]
        public async Task SyncMultipleLeadsAsync_FaultWithNoCodeAnywhere_ThrowsMarketoSoapExceptionWithoutCode()
        {
            var handler = new ReplayHandler().Reply(CannedResponse.Fault("fault.no-code.xml"));
            using var client = TestClient.Create(handler);

            var exception = await Assert.ThrowsAsync<MarketoSoapException>(() => client.SyncMultipleLeadsAsync(SampleRequests.TwoLeads()));

            Assert.Equal((null, "Client", false), (exception.ErrorCode, exception.FaultCode, exception.IsRetriable));
        }

        [Theory]
        [InlineData("2026-01-15T12:00:00Z", "2026-01-16T00:00:00-06:00")] // 06:00 CST: the coming midnight, standard time
        [InlineData("2026-07-01T04:59:59Z", "2026-07-01T00:00:00-05:00")] // 23:59:59 CDT: one second before a reset
        [InlineData("2026-07-01T05:00:00Z", "2026-07-02T00:00:00-05:00")] // 00:00 CDT: a reset just happened
        [InlineData("2026-03-08T06:30:00Z", "2026-03-09T00:00:00-05:00")] // 00:30 CST on the day the clocks go forward: the reset is in CDT
        public async Task SyncMultipleLeadsAsync_Fault20015_ThrowsQuotaExceededResettingAtNextMidnightUsCentral(string utcNow, string expectedReset)
        {
            var clock = new FakeTimeProvider(DateTimeOffset.Parse(utcNow, System.Globalization.CultureInfo.InvariantCulture));
            var handler = new ReplayHandler().Reply(CannedResponse.Fault("fault.20015.request-limit-exceeded.xml"));
            using var client = TestClient.Create(handler, clock);

            var exception = await Assert.ThrowsAsync<MarketoQuotaExceededException>(() => client.SyncMultipleLeadsAsync(SampleRequests.TwoLeads()));

            var expected = DateTimeOffset.Parse(expectedReset, System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal((expected, expected.Offset), (exception.ResetsAt, exception.ResetsAt.Offset));
            Assert.Equal((20015, false), (exception.ErrorCode?.Value, exception.IsRetriable));
        }

        [Fact]
        public async Task SyncMultipleLeadsAsync_FaultDetailRepeatsTheFaultString_SaysItOnce()
        {
            var handler = new ReplayHandler().Reply(CannedResponse.Fault("fault.20015.detail-repeats-faultstring.xml"));
            using var client = TestClient.Create(handler);

            var exception = await Assert.ThrowsAsync<MarketoQuotaExceededException>(() => client.SyncMultipleLeadsAsync(SampleRequests.TwoLeads()));

            Assert.Single(System.Text.RegularExpressions.Regex.Matches(exception.Message, "Request limit exceeded"));
        }
    }
}
