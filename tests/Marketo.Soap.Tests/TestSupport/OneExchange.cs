namespace Marketo.Soap.Tests.TestSupport;

/// <summary>Runs one call of a client against one canned answer, keeping what was sent.</summary>
internal static class OneExchange
{
    /// <summary>Sends through a client whose network answers with <paramref name="answerFixture"/>.</summary>
    /// <returns>The result and the request body the client sent.</returns>
    public static async Task<(T Result, string Sent)> RunAsync<T>(string answerFixture, Func<MarketoSoapClient, Task<T>> call)
    {
        var handler = new ReplayHandler().ReplyFixture(answerFixture);
        using var client = TestClient.Create(handler);
        var result = await call(client);
        return (result, handler.SingleRequest.Body);
    }

    /// <summary>Expects the call to end in the fault Marketo answers with, from <paramref name="faultFixture"/>.</summary>
    /// <returns>The fault, translated.</returns>
    public static async Task<MarketoSoapException> FaultAsync<T>(string faultFixture, Func<MarketoSoapClient, Task<T>> call)
    {
        var handler = new ReplayHandler().Reply(CannedResponse.Fault(faultFixture));
        using var client = TestClient.Create(handler);
        return await Assert.ThrowsAsync<MarketoSoapException>(() => call(client));
    }

    /// <summary>Expects the call to be refused before anything reaches the network.</summary>
    /// <returns>The refusal.</returns>
    public static async Task<MarketoRequestValidationException> RefusedAsync<T>(Func<MarketoSoapClient, Task<T>> call)
    {
        var handler = new ReplayHandler();
        using var client = TestClient.Create(handler);
        var refusal = await Assert.ThrowsAsync<MarketoRequestValidationException>(() => call(client));
        Assert.Empty(handler.Requests);
        return refusal;
    }
}
