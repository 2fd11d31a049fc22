using System.Xml.Linq;
using Marketo.Soap.Models;
using Marketo.Soap.Tests.TestSupport;

namespace Marketo.Soap.Tests.Operations.CustomObjects;

/// <summary><c>syncCustomObjects</c> through the client: the request, the statuses, repeats, and what it refuses.</summary>
public class SyncCustomObjectsTests
{
    private readonly ReplayHandler _handler = new();

    private static SyncCustomObjectsRequest TwoVehicles(CustomObjectSyncOperation operation = CustomObjectSyncOperation.Upsert) => new()
    {
        ObjectTypeName = "Vehicle",
        Operation = operation,
        Records =
        [
            new CustomObjectRecord { Keys = [new("MKTOID", "4101"), new("vin", "1HGCM82633A004352")], Attributes = [new("make", "Honda"), new("year", "2003")] },
            new CustomObjectRecord { Keys = [new("MKTOID", "4102"), new("vin", "5YJSA1E26HF000337")] },
        ],
    };

    private static SyncCustomObjectsRequest OneInsert() => new()
    {
        ObjectTypeName = "Vehicle",
        Operation = CustomObjectSyncOperation.Insert,
        Records = [new CustomObjectRecord { Keys = [new("vin", "1HGCM82633A004352")], Attributes = [new("color", string.Empty)] }],
    };

    [Fact]
    public async Task SyncCustomObjectsAsync_Upsert_SendsSchemaNamesAndOmitsAnEmptyAttributeList()
    {
        _handler.ReplyFixture("syncCustomObjects.response.updated-failed.xml");
        using var client = TestClient.Create(_handler);

        await client.SyncCustomObjectsAsync(TwoVehicles());

        XmlAssert.SemanticallyEqual(Fixtures.Read("syncCustomObjects.request.upsert-two-vehicles.xml"), _handler.SingleRequest.Body);
        Assert.Equal("http://www.marketo.com/mktows/syncCustomObjects", _handler.SingleRequest.SoapAction?.Trim('"'));
    }

    [Fact]
    public async Task SyncCustomObjectsAsync_Insert_SendsInsertAndAnEmptyValue()
    {
        _handler.ReplyFixture("syncCustomObjects.response.one-created.xml");
        using var client = TestClient.Create(_handler);

        await client.SyncCustomObjectsAsync(OneInsert());

        XmlAssert.SemanticallyEqual(Fixtures.Read("syncCustomObjects.request.insert-one-vehicle.xml"), _handler.SingleRequest.Body);
    }

    [Fact]
    public async Task SyncCustomObjectsAsync_NeverSendsTheDocsMisnamedElements()
    {
        _handler.ReplyFixture("syncCustomObjects.response.updated-failed.xml");
        using var client = TestClient.Create(_handler);

        await client.SyncCustomObjectsAsync(TwoVehicles());

        var names = XDocument.Parse(_handler.SingleRequest.Body).Descendants().Select(e => e.Name.LocalName).ToHashSet();
        Assert.DoesNotContain("objectTypeName", names);
        Assert.DoesNotContain("customObjectList", names);
        Assert.DoesNotContain("customObject", names);
    }

    [Fact]
    public async Task SyncCustomObjectsAsync_UpdatedAndFailed_ReadsEachStatusWithItsRecordKeysAndError()
    {
        _handler.ReplyFixture("syncCustomObjects.response.updated-failed.xml");
        using var client = TestClient.Create(_handler);
        var request = TwoVehicles();

        var result = await client.SyncCustomObjectsAsync(request);

        Assert.Equal([CustomObjectSyncStatus.Updated, CustomObjectSyncStatus.Failed], result.Results.Select(r => r.Status));
        Assert.Equal([true, false], result.Results.Select(r => r.Succeeded));
        Assert.Equal([0, 1], result.Results.Select(r => r.Index));
        Assert.Same(request.Records[1], result.Results[1].Record);
        Assert.Equal([null, "Unknown name attribute list: colour"], result.Results.Select(r => r.Error));
        Assert.Equal([new CustomObjectField("MKTOID", "4102"), new CustomObjectField("vin", "5YJSA1E26HF000337")], result.Results[1].Keys);
    }

    [Fact]
    public async Task SyncCustomObjectsAsync_StatusWordOutsideTheSchema_ReadsItAndKeepsTheText()
    {
        _handler.ReplyFixture("syncCustomObjects.response.skipped-created.xml");
        using var client = TestClient.Create(_handler);

        var result = await client.SyncCustomObjectsAsync(TwoVehicles(CustomObjectSyncOperation.Insert));

        Assert.Equal([CustomObjectSyncStatus.Skipped, CustomObjectSyncStatus.Created], result.Results.Select(r => r.Status));
        Assert.Equal(["SKIPPED", "CREATED"], result.Results.Select(r => r.StatusText));
        Assert.All(result.Results, r => Assert.Empty(r.Keys));
        Assert.All(result.Results, r => Assert.Null(r.Error));
    }

    [Fact]
    public async Task SyncCustomObjectsAsync_FewerStatusesThanRecords_ThrowsInvalidResponse()
    {
        _handler.ReplyFixture("syncCustomObjects.response.one-created.xml");
        using var client = TestClient.Create(_handler);

        var failure = await Assert.ThrowsAsync<MarketoTransportException>(() => client.SyncCustomObjectsAsync(TwoVehicles()));

        Assert.Equal(MarketoTransportFailure.InvalidResponse, failure.Failure);
    }

    [Fact]
    public async Task SyncCustomObjectsAsync_UnknownObjectName_ThrowsTheFaultWithCode20110()
    {
        _handler.Reply(CannedResponse.Fault("fault.20110.object-name-not-valid.xml"));
        using var client = TestClient.Create(_handler);

        var failure = await Assert.ThrowsAsync<MarketoSoapException>(() => client.SyncCustomObjectsAsync(TwoVehicles()));

        Assert.Equal(20110, failure.ErrorCode?.Value);
    }

    [Theory]
    [InlineData(CustomObjectSyncOperation.Upsert, true)]
    [InlineData(CustomObjectSyncOperation.Update, true)]
    [InlineData(CustomObjectSyncOperation.Insert, false)]
    public async Task SyncCustomObjectsAsync_ConnectionDropsAfterTheRequestWasSent_IsRepeatedOnlyWhenNotAnInsert(CustomObjectSyncOperation operation, bool repeated)
    {
        _handler.Throw(new HttpRequestException("connection reset")).ReplyFixture("syncCustomObjects.response.one-created.xml");
        using var client = TestClient.Create(_handler, options: SeedCredentials.OptionsWithImmediateRetries(2));
        var call = client.SyncCustomObjectsAsync(OneInsert() with { Operation = operation });

        if (repeated)
        {
            Assert.Equal(CustomObjectSyncStatus.Created, Assert.Single((await call).Results).Status);
        }
        else
        {
            await Assert.ThrowsAsync<MarketoTransportException>(() => call);
        }

        Assert.Equal(repeated ? 2 : 1, _handler.Requests.Count);
    }

    [Fact]
    public async Task SyncCustomObjectsAsync_InsertAndCallerOptedIn_IsRepeated()
    {
        _handler.Throw(new HttpRequestException("connection reset")).ReplyFixture("syncCustomObjects.response.one-created.xml");
        var options = SeedCredentials.OptionsWithImmediateRetries(2);
        options.Retry.RetryUnsafeCallsAfterAmbiguousFailures = true;
        using var client = TestClient.Create(_handler, options: options);

        await client.SyncCustomObjectsAsync(OneInsert());

        Assert.Equal(2, _handler.Requests.Count);
    }

    public static TheoryData<string, string?, int?> BadRequests => new()
    {
        { "no type name", "ObjectTypeName", null },
        { "empty type name", "ObjectTypeName", null },
        { "undefined operation", "Operation", null },
        { "null records", "Records", null },
        { "no records", "Records", null },
        { "101 records", "Records", null },
        { "null record", null, 1 },
        { "null keys", "Keys", 0 },
        { "no keys", "Keys", 1 },
        { "null key", "Keys[0]", 0 },
        { "key without name", "Keys[1].Name", 0 },
        { "key with empty value", "Keys[0].Value", 1 },
        { "key with control character", "Keys[1].Value", 0 },
        { "null attributes", "Attributes", 0 },
        { "null attribute", "Attributes[1]", 0 },
        { "attribute with null value", "Attributes[0].Value", 0 },
        { "attribute without name", "Attributes[0].Name", 0 },
        { "field twice", "Attributes[1].Name", 0 },
        { "key also a value", "Attributes[0].Name", 0 },
        { "same keys twice", "Keys", 1 },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task SyncCustomObjectsAsync_InvalidRequest_RefusesNamingRecordAndFieldWithoutSending(string problem, string? field, int? index)
    {
        using var client = TestClient.Create(_handler);

        var refusal = await Assert.ThrowsAsync<MarketoRequestValidationException>(() => client.SyncCustomObjectsAsync(Bad(problem)));

        Assert.Equal((field, index, "request"), (refusal.Field, refusal.RecordIndex, refusal.ParamName));
        Assert.Empty(_handler.Requests);
    }

    [Fact]
    public async Task SyncCustomObjectsAsync_HundredRecordsAndSameKeysInAnotherOrder_AreAcceptedAndRefusedRespectively()
    {
        _handler.Reply(CannedResponse.Soap(AnswerOf(100)));
        using var client = TestClient.Create(_handler);
        var hundred = TwoVehicles() with { Records = [.. Enumerable.Range(0, 100).Select(i => new CustomObjectRecord { Keys = [new("vin", $"VIN-{i}")] })] };
        var reordered = TwoVehicles() with
        {
            Records = [new CustomObjectRecord { Keys = [new("a", "1"), new("b", "2")] }, new CustomObjectRecord { Keys = [new("b", "2"), new("a", "1")] }],
        };

        Assert.Equal(100, (await client.SyncCustomObjectsAsync(hundred)).Results.Count);
        var refusal = await Assert.ThrowsAsync<MarketoRequestValidationException>(() => client.SyncCustomObjectsAsync(reordered));
        Assert.Contains("same custom object record as record 0", refusal.Message, StringComparison.Ordinal);
    }

    private static string AnswerOf(int count)
    {
        var answer = XDocument.Parse(Fixtures.Read("syncCustomObjects.response.one-created.xml"));
        var status = answer.Descendants("syncCustomObjStatus").Single();
        for (var i = 1; i < count; i++)
        {
            status.AddAfterSelf(new XElement(status));
        }

        return answer.ToString();
    }

    private static SyncCustomObjectsRequest Bad(string problem)
    {
        var valid = TwoVehicles();
        CustomObjectRecord First(CustomObjectRecord record) => record;
        SyncCustomObjectsRequest WithFirst(CustomObjectRecord record) => valid with { Records = [record, valid.Records[1]] };
        SyncCustomObjectsRequest WithSecond(CustomObjectRecord record) => valid with { Records = [valid.Records[0], record] };
        var first = First(valid.Records[0]);
        return problem switch
        {
            "no type name" => valid with { ObjectTypeName = null! },
            "empty type name" => valid with { ObjectTypeName = string.Empty },
            "undefined operation" => valid with { Operation = (CustomObjectSyncOperation)9 },
            "null records" => valid with { Records = null! },
            "no records" => valid with { Records = [] },
            "101 records" => valid with { Records = [.. Enumerable.Range(0, 101).Select(i => new CustomObjectRecord { Keys = [new("vin", $"VIN-{i}")] })] },
            "null record" => WithSecond(null!),
            "null keys" => WithFirst(first with { Keys = null! }),
            "no keys" => WithSecond(new CustomObjectRecord { Keys = [] }),
            "null key" => WithFirst(first with { Keys = [null!] }),
            "key without name" => WithFirst(first with { Keys = [new("MKTOID", "1"), new(string.Empty, "2")] }),
            "key with empty value" => WithSecond(new CustomObjectRecord { Keys = [new("vin", string.Empty)] }),
            "key with control character" => WithFirst(first with { Keys = [new("MKTOID", "1"), new("vin", "A\u0001")] }),
            "null attributes" => WithFirst(first with { Attributes = null! }),
            "null attribute" => WithFirst(first with { Attributes = [new("make", "Honda"), null!] }),
            "attribute with null value" => WithFirst(first with { Attributes = [new("make", null!)] }),
            "attribute without name" => WithFirst(first with { Attributes = [new(null!, "Honda")] }),
            "field twice" => WithFirst(first with { Attributes = [new("make", "Honda"), new("make", "Ford")] }),
            "key also a value" => WithFirst(first with { Attributes = [new("vin", "other")] }),
            "same keys twice" => WithSecond(first with { Attributes = [] }),
            _ => throw new ArgumentOutOfRangeException(nameof(problem), problem, null),
        };
    }
}
