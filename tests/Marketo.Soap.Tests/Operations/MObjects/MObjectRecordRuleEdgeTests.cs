using Marketo.Soap.Models;
using Marketo.Soap.Tests.TestSupport;

namespace Marketo.Soap.Tests.Operations.MObjects;

/// <summary>
/// syncMObjects refuses an object whose lists, type attribute groups or associations Marketo could
/// not read, naming the record and the field, and sends nothing.
/// </summary>
public class MObjectRecordRuleEdgeTests
{
    private readonly ReplayHandler _handler = new();

    // The offending object is the second, so a refusal must name record 1, not the first valid one.
    private static readonly MObjectRecord Valid = new() { Type = MObjectTypes.Opportunity, ExternalKey = new("OppExtKey", "OPP-0") };

    private static readonly MObjectRecord Opportunity = new() { Type = MObjectTypes.Opportunity, ExternalKey = new("OppExtKey", "OPP-1") };

    [Fact]
    public async Task SyncMObjectsAsync_ExternalKeyWithNullValue_RefusesNamingTheKeysValue()
    {
        await AssertRefused(Opportunity with { ExternalKey = new("OppExtKey", null!) }, "ExternalKey.Value");
    }

    [Fact]
    public async Task SyncMObjectsAsync_NullAttributes_RefusesNamingAttributes()
    {
        await AssertRefused(Opportunity with { Attributes = null! }, "Attributes");
    }

    [Fact]
    public async Task SyncMObjectsAsync_NullTypeAttributes_RefusesNamingTypeAttributes()
    {
        await AssertRefused(Opportunity with { TypeAttributes = null! }, "TypeAttributes");
    }

    [Fact]
    public async Task SyncMObjectsAsync_TypeAttributeGroupWithEmptyAttrType_RefusesNamingTheAttrType()
    {
        await AssertRefused(Opportunity with { TypeAttributes = [new MObjectTypeAttribute { AttrType = string.Empty }] }, "TypeAttributes[0].AttrType");
    }

    [Fact]
    public async Task SyncMObjectsAsync_TypeAttributeGroupWithNullValue_RefusesNamingThatValue()
    {
        var group = new MObjectTypeAttribute { AttrType = "Cost", Attributes = [new("Month", null!)] };

        await AssertRefused(Opportunity with { TypeAttributes = [group] }, "TypeAttributes[0].Attributes[0].Value");
    }

    [Fact]
    public async Task SyncMObjectsAsync_NullAssociations_RefusesNamingAssociations()
    {
        await AssertRefused(Opportunity with { Associations = null! }, "Associations");
    }

    [Fact]
    public async Task SyncMObjectsAsync_AssociationWithEmptyType_RefusesNamingTheAssociationsType()
    {
        await AssertRefused(Opportunity with { Associations = [new MObjectAssociation { Type = string.Empty, Id = 7 }] }, "Associations[0].Type");
    }

    [Fact]
    public async Task SyncMObjectsAsync_AssociationIdZero_RefusesNamingTheAssociationsId()
    {
        // Zero is the boundary: Marketo ids start at 1, so 0 names no object either.
        await AssertRefused(Opportunity with { Associations = [new MObjectAssociation { Type = MObjectTypes.Company, Id = 0 }] }, "Associations[0].Id");
    }

    private async Task AssertRefused(MObjectRecord bad, string field)
    {
        using var client = TestClient.Create(_handler);
        var request = new SyncMObjectsRequest { Operation = MObjectOperation.Upsert, Objects = [Valid, bad] };

        var exception = await Assert.ThrowsAsync<MarketoRequestValidationException>(() => client.SyncMObjectsAsync(request));

        Assert.Equal((1, field, "request"), (exception.RecordIndex, exception.Field, exception.ParamName));
        Assert.Empty(_handler.Requests);
    }
}
