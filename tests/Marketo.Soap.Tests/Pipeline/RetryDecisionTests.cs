using Marketo.Soap.Pipeline;

namespace Marketo.Soap.Tests.Pipeline;

public class RetryDecisionTests
{
    [Theory]
    [InlineData(10001, true, true)]
    [InlineData(10001, false, false)]
    [InlineData(20011, false, false)]
    [InlineData(20016, false, true)]
    [InlineData(20023, false, true)]
    [InlineData(20024, false, true)]
    [InlineData(20014, true, false)]
    [InlineData(20105, true, false)]
    public void ShouldRetry_Fault_RepeatsOnlyRetriableCodesAndInsertsOnlyWhenNothingWasApplied(int code, bool repeatableWhenAmbiguous, bool expected)
    {
        var fault = new MarketoSoapException($"{code} - fault", code, "Client", "syncMObjects");

        Assert.Equal(expected, RetryDecision.ShouldRetry(fault, repeatableWhenAmbiguous));
    }

    [Fact]
    public void ShouldRetry_DailyQuota_NeverRepeats()
    {
        var quota = new MarketoQuotaExceededException("20015 - Request Limit Exceeded", DateTimeOffset.UnixEpoch, "Client", "syncMultipleLeads");

        Assert.False(RetryDecision.ShouldRetry(quota, repeatableWhenAmbiguous: true));
    }

    [Theory]
    [InlineData(MarketoTransportFailure.ConnectionFailed, null, true, true)]
    [InlineData(MarketoTransportFailure.ConnectionFailed, null, false, false)]
    [InlineData(MarketoTransportFailure.Timeout, null, true, true)]
    [InlineData(MarketoTransportFailure.HttpError, 503, true, true)]
    [InlineData(MarketoTransportFailure.HttpError, 404, true, false)]
    [InlineData(MarketoTransportFailure.InvalidResponse, 200, true, false)]
    public void ShouldRetry_TransportFailure_RepeatsTransientFailuresOfRepeatableCalls(MarketoTransportFailure failure, int? status, bool repeatableWhenAmbiguous, bool expected)
    {
        var transport = new MarketoTransportException("failed", failure, status, "syncMObjects");

        Assert.Equal(expected, RetryDecision.ShouldRetry(transport, repeatableWhenAmbiguous));
    }

    [Fact]
    public void ShouldRetry_ValidationFailure_NeverRepeats()
    {
        Assert.False(RetryDecision.ShouldRetry(new MarketoRequestValidationException("bad", "request", 0, "Email"), repeatableWhenAmbiguous: true));
    }

    [Fact]
    public void MayHaveBeenApplied_Cancellation_IsFalseOnlyWhenTheClientMarkedItAsUnsent()
    {
        var inFlight = new OperationCanceledException();
        var unsent = new OperationCanceledException();
        UnsentCallCancellations.Mark(unsent);

        Assert.Equal((true, false), (RetryDecision.MayHaveBeenApplied(inFlight), RetryDecision.MayHaveBeenApplied(unsent)));
    }

    [Theory]
    [InlineData(20023, false)]
    [InlineData(20014, false)]
    [InlineData(10001, true)]
    [InlineData(20011, true)]
    public void MayHaveBeenApplied_Fault_IsTrueOnlyForInternalErrors(int code, bool expected)
    {
        Assert.Equal(expected, RetryDecision.MayHaveBeenApplied(new MarketoSoapException("fault", code, "Client", "syncMObjects")));
    }

    [Fact]
    public void MayHaveBeenApplied_LostAnswer_IsTrue()
    {
        Assert.True(RetryDecision.MayHaveBeenApplied(new MarketoTransportException("lost", MarketoTransportFailure.Timeout, null, "syncMObjects")));
    }
}
