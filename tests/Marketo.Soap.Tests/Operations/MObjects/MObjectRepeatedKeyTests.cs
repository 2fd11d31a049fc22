using Marketo.Soap.Models;
using Marketo.Soap.Tests.TestSupport;

namespace Marketo.Soap.Tests.Operations.MObjects;

/// <summary>
/// A call that names one object twice is refused at the later record, and the refusal names the
/// earlier record with the same key: the one of the same type with the same key, not merely one
/// with the same type or the same key value.
/// </summary>
public class MObjectRepeatedKeyTests
{
    private readonly ReplayHandler _handler = new();

    [Fact]
    public async Task SyncMObjectsAsync_SameIdTwice_NamesTheEarlierRecordOfTheSameTypeAndId()
    {
        // Record 0 shares only the type, record 1 only the id; record 2 is the same object as record 3.
        var request = Upsert(
            new MObjectRecord { Type = MObjectTypes.Opportunity, Id = 1 },
            new MObjectRecord { Type = MObjectTypes.OpportunityPersonRole, Id = 2 },
            new MObjectRecord { Type = MObjectTypes.Opportunity, Id = 2 },
            new MObjectRecord { Type = MObjectTypes.Opportunity, Id = 2 });

        var exception = await RefusedAsync(request);

        Assert.Equal((3, "Id"), (exception.RecordIndex, exception.Field));
        Assert.Contains("as record 2;", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SyncMObjectsAsync_SameExternalKeyTwice_NamesTheEarlierRecordOfTheSameTypeAndKey()
    {
        // Record 0 shares only the type, record 1 only the key; record 2 is the same object as record 3.
        var request = Upsert(
            new MObjectRecord { Type = MObjectTypes.Opportunity, ExternalKey = new("OppExtKey", "OPP-1") },
            new MObjectRecord { Type = MObjectTypes.OpportunityPersonRole, ExternalKey = new("OppExtKey", "OPP-2") },
            new MObjectRecord { Type = MObjectTypes.Opportunity, ExternalKey = new("OppExtKey", "OPP-2") },
            new MObjectRecord { Type = MObjectTypes.Opportunity, ExternalKey = new("OppExtKey", "OPP-2") });

        var exception = await RefusedAsync(request);

        Assert.Equal((3, "ExternalKey"), (exception.RecordIndex, exception.Field));
        Assert.Contains("as record 2;", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeleteMObjectsAsync_SameObjectTwice_NamesTheEarlierRecordOfThatObject()
    {
        using var client = TestClient.Create(_handler);
        var request = new DeleteMObjectsRequest { Objects = [new(MObjectTypes.Opportunity, 1), new(MObjectTypes.Opportunity, 2), new(MObjectTypes.Opportunity, 1)] };

        var exception = await Assert.ThrowsAsync<MarketoRequestValidationException>(() => client.DeleteMObjectsAsync(request));

        Assert.Equal((2, "Id"), (exception.RecordIndex, exception.Field));
        Assert.Contains("as record 0;", exception.Message, StringComparison.Ordinal);
        Assert.Empty(_handler.Requests);
    }

    private static SyncMObjectsRequest Upsert(params MObjectRecord[] objects) => new() { Operation = MObjectOperation.Upsert, Objects = objects };

    private async Task<MarketoRequestValidationException> RefusedAsync(SyncMObjectsRequest request)
    {
        using var client = TestClient.Create(_handler);

        var exception = await Assert.ThrowsAsync<MarketoRequestValidationException>(() => client.SyncMObjectsAsync(request));

        Assert.Empty(_handler.Requests);
        return exception;
    }
}
