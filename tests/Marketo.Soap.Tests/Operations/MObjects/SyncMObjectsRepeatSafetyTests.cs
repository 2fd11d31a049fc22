using Marketo.Soap.Models;
using Marketo.Soap.Tests.TestSupport;

namespace Marketo.Soap.Tests.Operations.MObjects;

/// <summary>syncMObjects Update and Upsert write the same values to the same keys again, so they are sent again after the connection drops once the request has left.</summary>
public class SyncMObjectsRepeatSafetyTests
{
    [Theory]
    [InlineData(MObjectOperation.Update)]
    [InlineData(MObjectOperation.Upsert)]
    public async Task SyncMObjectsAsync_ConnectionDropsAfterTheRequestWasSent_IsRepeatedAndAnswers(MObjectOperation operation)
    {
        // The handler records the request before it throws, so Marketo may have received it.
        var handler = new ReplayHandler().Throw(new HttpRequestException("connection reset")).Reply(AnswerBuilder.RepeatFirstStatus("syncMObjects.response.updated.xml", 1));
        using var client = TestClient.Create(handler, options: SeedCredentials.OptionsWithImmediateRetries(2));
        var request = new SyncMObjectsRequest { Operation = operation, Objects = [new MObjectRecord { Type = MObjectTypes.Opportunity, ExternalKey = new("OppExtKey", "OPP-1") }] };

        var result = await client.SyncMObjectsAsync(request);

        Assert.Single(result.Results);
        Assert.Equal(2, handler.Requests.Count);
    }
}
