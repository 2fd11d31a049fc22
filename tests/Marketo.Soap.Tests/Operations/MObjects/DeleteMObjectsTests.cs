using Marketo.Soap.Models;
using Marketo.Soap.Tests.TestSupport;

namespace Marketo.Soap.Tests.Operations.MObjects;

/// <summary><c>deleteMObjects</c> through the client: the request, per-object results, and what it refuses.</summary>
public class DeleteMObjectsTests
{
    private readonly ReplayHandler _handler = new();

    private static readonly DeleteMObjectsRequest OpportunityAndRoles = new()
    {
        Objects = [new(MObjectTypes.Opportunity, 3101), new(MObjectTypes.OpportunityPersonRole, 3201), new(MObjectTypes.OpportunityPersonRole, 3202)],
    };

    [Fact]
    public async Task DeleteMObjectsAsync_ThreeObjects_SendsTypeAndIdOfEach()
    {
        _handler.ReplyFixture("deleteMObjects.response.deleted-unchanged-failed.xml");
        using var client = TestClient.Create(_handler);

        await client.DeleteMObjectsAsync(OpportunityAndRoles);

        XmlAssert.SemanticallyEqual(Fixtures.Read("deleteMObjects.request.opportunity-and-roles.xml"), _handler.SingleRequest.Body);
        Assert.Equal("http://www.marketo.com/mktows/deleteMObjects", _handler.SingleRequest.SoapAction?.Trim('"'));
    }

    [Fact]
    public async Task DeleteMObjectsAsync_DeletedUnchangedFailed_ReadsOneResultPerObjectInOrder()
    {
        _handler.ReplyFixture("deleteMObjects.response.deleted-unchanged-failed.xml");
        using var client = TestClient.Create(_handler);

        var result = await client.DeleteMObjectsAsync(OpportunityAndRoles);

        Assert.Equal([MObjectSyncStatus.Deleted, MObjectSyncStatus.Unchanged, MObjectSyncStatus.Failed], result.Results.Select(r => r.Status));
        Assert.Equal([3101, 3201, null], result.Results.Select(r => r.Id));
        Assert.Equal([true, true, false], result.Results.Select(r => r.Succeeded));
        Assert.Equal((2, OpportunityAndRoles.Objects[2], "No OpportunityPersonRole with id 3202", "FAILED"), (result.Results[2].Index, result.Results[2].Target, result.Results[2].Error, result.Results[2].StatusText));
    }

    [Fact]
    public async Task DeleteMObjectsAsync_FewerStatusesThanObjects_ThrowsInvalidResponse()
    {
        _handler.ReplyFixture("deleteMObjects.response.deleted.xml");
        using var client = TestClient.Create(_handler);

        var exception = await Assert.ThrowsAsync<MarketoTransportException>(() => client.DeleteMObjectsAsync(OpportunityAndRoles));

        Assert.Equal(MarketoTransportFailure.InvalidResponse, exception.Failure);
    }

    [Fact]
    public async Task DeleteMObjectsAsync_NullRequest_ThrowsArgumentNull()
    {
        using var client = TestClient.Create(_handler);

        await Assert.ThrowsAsync<ArgumentNullException>(() => client.DeleteMObjectsAsync(null!));
    }

    public static TheoryData<string, string?, int?> BadRequests => new()
    {
        { "null list", "Objects", null },
        { "no objects", "Objects", null },
        { "101 objects", "Objects", null },
        { "null object", null, 1 },
        { "no type", "Type", 0 },
        { "type Program", "Type", 0 },
        { "type in lower case", "Type", 1 },
        { "id 0", "Id", 1 },
        { "same object twice", "Id", 2 },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task DeleteMObjectsAsync_InvalidRequest_RefusesNamingRecordAndFieldAndSendsNothing(string problem, string? field, int? index)
    {
        using var client = TestClient.Create(_handler);

        var exception = await Assert.ThrowsAsync<MarketoRequestValidationException>(() => client.DeleteMObjectsAsync(Bad(problem)));

        Assert.Equal((field, index, "request"), (exception.Field, exception.RecordIndex, exception.ParamName));
        Assert.Empty(_handler.Requests);
    }

    [Fact]
    public async Task DeleteMObjectsAsync_HundredObjectsAndSameIdOfTwoTypes_AreSent()
    {
        _handler.Echo(_ => CannedResponse.Fixture("deleteMObjects.response.deleted.xml"));
        using var client = TestClient.Create(_handler);
        var hundred = new DeleteMObjectsRequest { Objects = [.. Enumerable.Range(1, 100).Select(i => new MObjectReference(MObjectTypes.Opportunity, i))] };
        var sameIdTwoTypes = new DeleteMObjectsRequest { Objects = [new(MObjectTypes.Opportunity, 7), new(MObjectTypes.OpportunityPersonRole, 7)] };

        // Each answer holds one status, so both calls are refused on the answer: what matters is that they were sent.
        await Assert.ThrowsAsync<MarketoTransportException>(() => client.DeleteMObjectsAsync(hundred));
        await Assert.ThrowsAsync<MarketoTransportException>(() => client.DeleteMObjectsAsync(sameIdTwoTypes));

        Assert.Equal(2, _handler.Requests.Count);
    }

    private static DeleteMObjectsRequest Bad(string problem) => problem switch
    {
        "null list" => new DeleteMObjectsRequest { Objects = null! },
        "no objects" => new DeleteMObjectsRequest { Objects = [] },
        "101 objects" => new DeleteMObjectsRequest { Objects = [.. Enumerable.Range(1, 101).Select(i => new MObjectReference(MObjectTypes.Opportunity, i))] },
        "null object" => new DeleteMObjectsRequest { Objects = [new(MObjectTypes.Opportunity, 1), null!] },
        "no type" => new DeleteMObjectsRequest { Objects = [new(null!, 1)] },
        "type Program" => new DeleteMObjectsRequest { Objects = [new(MObjectTypes.Program, 1)] },
        "type in lower case" => new DeleteMObjectsRequest { Objects = [new(MObjectTypes.Opportunity, 1), new("opportunity", 2)] },
        "id 0" => new DeleteMObjectsRequest { Objects = [new(MObjectTypes.Opportunity, 1), new(MObjectTypes.Opportunity, 0)] },
        "same object twice" => new DeleteMObjectsRequest { Objects = [new(MObjectTypes.Opportunity, 1), new(MObjectTypes.Opportunity, 2), new(MObjectTypes.Opportunity, 1)] },
        _ => throw new ArgumentOutOfRangeException(nameof(problem), problem, null),
    };
}
