using Marketo.Soap.Models;
using Marketo.Soap.Tests.TestSupport;

namespace Marketo.Soap.Tests.Operations.CustomObjects;

/// <summary><c>deleteCustomObjects</c> through the client: the request, the statuses, repeats, and what it refuses.</summary>
public class DeleteCustomObjectsTests
{
    private readonly ReplayHandler _handler = new();

    private static DeleteCustomObjectsRequest TwoKeys() => new()
    {
        ObjectTypeName = "Vehicle",
        Keys = [[new("MKTOID", "4101"), new("vin", "VIN-A")], [new("MKTOID", "4101"), new("vin", "VIN-Z")]],
    };

    [Fact]
    public async Task DeleteCustomObjectsAsync_TwoKeys_SendsOneKeyListPerRecord()
    {
        _handler.ReplyFixture("deleteCustomObjects.response.deleted-failed.xml");
        using var client = TestClient.Create(_handler);

        await client.DeleteCustomObjectsAsync(TwoKeys());

        XmlAssert.SemanticallyEqual(Fixtures.Read("deleteCustomObjects.request.two-keys.xml"), _handler.SingleRequest.Body);
        Assert.Equal("http://www.marketo.com/mktows/deleteCustomObjects", _handler.SingleRequest.SoapAction?.Trim('"'));
    }

    [Fact]
    public async Task DeleteCustomObjectsAsync_DeletedAndFailed_ReadsSyncCustomObjStatusItemsInOrder()
    {
        _handler.ReplyFixture("deleteCustomObjects.response.deleted-failed.xml");
        using var client = TestClient.Create(_handler);
        var request = TwoKeys();

        var result = await client.DeleteCustomObjectsAsync(request);

        Assert.Equal([CustomObjectSyncStatus.Deleted, CustomObjectSyncStatus.Failed], result.Results.Select(r => r.Status));
        Assert.Equal([true, false], result.Results.Select(r => r.Succeeded));
        Assert.Equal([null, "No custom object matches the key"], result.Results.Select(r => r.Error));
        Assert.Equal(request.Keys[1], result.Results[1].Keys);
    }

    [Fact]
    public async Task DeleteCustomObjectsAsync_ConnectionDropsAfterTheRequestWasSent_IsRepeated()
    {
        _handler.Throw(new HttpRequestException("connection reset")).ReplyFixture("deleteCustomObjects.response.deleted-failed.xml");
        using var client = TestClient.Create(_handler, options: SeedCredentials.OptionsWithImmediateRetries(2));

        await client.DeleteCustomObjectsAsync(TwoKeys());

        Assert.Equal(2, _handler.Requests.Count);
    }

    [Fact]
    public async Task DeleteCustomObjectsAsync_CallerChangesItsListAfterTheCall_ResultsNameTheKeysSent()
    {
        _handler.ReplyFixture("deleteCustomObjects.response.deleted-failed.xml");
        using var client = TestClient.Create(_handler);
        List<CustomObjectField> second = [new("MKTOID", "4101"), new("vin", "VIN-Z")];
        var request = TwoKeys() with { Keys = [TwoKeys().Keys[0], second] };

        var call = client.DeleteCustomObjectsAsync(request);
        second.Clear();
        var result = await call;

        Assert.Equal(2, result.Results[1].Keys.Count);
    }

    public static TheoryData<string, string?, int?> BadRequests => new()
    {
        { "no type name", "ObjectTypeName", null },
        { "null keys", "Keys", null },
        { "no keys", "Keys", null },
        { "101 keys", "Keys", null },
        { "null key list", "Keys", 1 },
        { "empty key list", "Keys", 0 },
        { "key without name", "Keys[0].Name", 1 },
        { "key with empty value", "Keys[1].Value", 0 },
        { "same key twice", "Keys", 1 },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task DeleteCustomObjectsAsync_InvalidRequest_RefusesNamingRecordAndFieldWithoutSending(string problem, string? field, int? index)
    {
        using var client = TestClient.Create(_handler);

        var refusal = await Assert.ThrowsAsync<MarketoRequestValidationException>(() => client.DeleteCustomObjectsAsync(Bad(problem)));

        Assert.Equal((field, index, "request"), (refusal.Field, refusal.RecordIndex, refusal.ParamName));
        Assert.Empty(_handler.Requests);
    }

    private static DeleteCustomObjectsRequest Bad(string problem)
    {
        var valid = TwoKeys();
        return problem switch
        {
            "no type name" => valid with { ObjectTypeName = null! },
            "null keys" => valid with { Keys = null! },
            "no keys" => valid with { Keys = [] },
            "101 keys" => valid with { Keys = [.. Enumerable.Range(0, 101).Select(i => (IReadOnlyList<CustomObjectField>)[new("vin", $"VIN-{i}")])] },
            "null key list" => valid with { Keys = [valid.Keys[0], null!] },
            "empty key list" => valid with { Keys = [[], valid.Keys[1]] },
            "key without name" => valid with { Keys = [valid.Keys[0], [new(string.Empty, "1")]] },
            "key with empty value" => valid with { Keys = [[new("MKTOID", "1"), new("vin", string.Empty)], valid.Keys[1]] },
            "same key twice" => valid with { Keys = [valid.Keys[0], [new("vin", "VIN-A"), new("MKTOID", "4101")]] },
            _ => throw new ArgumentOutOfRangeException(nameof(problem), problem, null),
        };
    }
}
