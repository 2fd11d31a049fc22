using Marketo.Soap.Pipeline;

namespace Marketo.Soap.Tests.Pipeline;

public class RetryDecisionTests
{
    [Theory]
    [InlineData(10001, true, false, true)]
    [InlineData(10001, false, true, true)]
    [InlineData(10001, false, false, false)]
    [InlineData(20011, false, false, false)]
    [InlineData(20016, false, false, true)]
    [InlineData(20023, false, false, true)]
    [InlineData(20024, false, false, true)]
    [InlineData(20014, true, true, false)]
    [InlineData(20105, true, true, false)]
    public void ShouldRetry_Fault_RepeatsOnlyRetriableCodesAndInsertsOnlyWhenNothingWasApplied(int code, bool safeToRepeat, bool optedIn, bool expected)
    {
        var fault = new MarketoSoapException($"{code} - fault", code, "Client", "syncMObjects");

        Assert.Equal(expected, RetryDecision.ShouldRetry(fault, safeToRepeat ? RepeatSafety.Safe : RepeatSafety.OnlyWhenUnapplied, optedIn));
    }

    [Fact]
    public void ShouldRetry_DailyQuota_NeverRepeats()
    {
        var quota = new MarketoQuotaExceededException("20015 - Request Limit Exceeded", DateTimeOffset.UnixEpoch, "Client", "syncMultipleLeads");

        Assert.False(RetryDecision.ShouldRetry(quota, RepeatSafety.Safe, repeatUnsafeWhenAmbiguous: true));
    }

    [Theory]
    [InlineData(MarketoTransportFailure.ConnectionFailed, null, true, true)]
    [InlineData(MarketoTransportFailure.ConnectionFailed, null, false, false)]
    [InlineData(MarketoTransportFailure.Timeout, null, true, true)]
    [InlineData(MarketoTransportFailure.HttpError, 503, true, true)]
    [InlineData(MarketoTransportFailure.HttpError, 404, true, false)]
    [InlineData(MarketoTransportFailure.InvalidResponse, 200, true, true)]
    [InlineData(MarketoTransportFailure.InvalidResponse, 200, false, false)]
    [InlineData(MarketoTransportFailure.Redirected, 307, true, false)]
    public void ShouldRetry_TransportFailure_RepeatsTransientFailuresOfRepeatableCalls(MarketoTransportFailure failure, int? status, bool safeToRepeat, bool expected)
    {
        var transport = new MarketoTransportException("failed", failure, status, "syncMObjects");

        Assert.Equal(expected, RetryDecision.ShouldRetry(transport, safeToRepeat ? RepeatSafety.Safe : RepeatSafety.OnlyWhenUnapplied, repeatUnsafeWhenAmbiguous: false));
    }

    [Fact]
    public void ShouldRetry_UnreadableAnswerOfAnUnsafeCallWhoseCallerOptedIn_IsStillFinal()
    {
        // A 200 answer that could not be read was almost surely applied: repeating an insert duplicates it.
        var unreadable = new MarketoTransportException("truncated", MarketoTransportFailure.InvalidResponse, 200, "syncMObjects");

        Assert.False(RetryDecision.ShouldRetry(unreadable, RepeatSafety.OnlyWhenUnapplied, repeatUnsafeWhenAmbiguous: true));
    }

    [Fact]
    public void MayHaveBeenApplied_ConnectionNeverMade_IsFalse()
    {
        var refused = new MarketoTransportException("refused", MarketoTransportFailure.ConnectionFailed, null, "syncMObjects") { RequestNotSent = true };

        Assert.False(RetryDecision.MayHaveBeenApplied(refused));
    }

    [Fact]
    public void ShouldRetry_ValidationFailure_NeverRepeats()
    {
        Assert.False(RetryDecision.ShouldRetry(new MarketoRequestValidationException("bad", "request", 0, "Email"), RepeatSafety.Safe, repeatUnsafeWhenAmbiguous: true));
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
