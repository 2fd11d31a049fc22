using Marketo.Soap.Models;
using Marketo.Soap.Operations;
using Proxy = Marketo.Soap.Generated;

namespace Marketo.Soap.Tests.Operations.MObjects;

/// <summary>
/// How the MObject operations read Marketo's answers: absent lists read as empty, an unspecified
/// or zero id as no id, and each association's type, id and key as sent.
/// </summary>
public class MObjectAnswerReadingTests
{
    [Fact]
    public void FromProxy_IdNotSpecified_ReadsNoId()
    {
        var record = MObjectRecordMapping.FromProxy(new Proxy.MObject { type = MObjectTypes.Opportunity, id = 0, idSpecified = false });

        Assert.Null(record.Id);
    }

    [Fact]
    public void FromProxy_NoAttributeList_ReadsNoAttributes()
    {
        var record = MObjectRecordMapping.FromProxy(new Proxy.MObject { type = MObjectTypes.Opportunity, attribList = null });

        Assert.Empty(record.Attributes);
    }

    [Fact]
    public void FromProxy_Associations_ReadsTypeIdAndKeyOfEachInOrder()
    {
        var answer = new Proxy.MObject
        {
            type = MObjectTypes.Opportunity,
            associationList =
            [
                new Proxy.MObjAssociation { mObjType = MObjectTypes.Company, id = 7, idSpecified = true },
                new Proxy.MObjAssociation { mObjType = null, idSpecified = false, externalKey = new Proxy.Attrib { name = "Account_Key__c", value = "A-1" } },
            ],
        };

        var associations = MObjectRecordMapping.FromProxy(answer).Associations;

        Assert.Equal([MObjectTypes.Company, string.Empty], associations.Select(a => a.Type));
        Assert.Equal([7, null], associations.Select(a => a.Id));
        Assert.Equal([null, new MObjectAttribute("Account_Key__c", "A-1")], associations.Select(a => a.ExternalKey));
    }

    [Fact]
    public void Fill_TargetWithAnExternalKey_RefillsThatKeyObject()
    {
        // Refilling the objects of an earlier call is what saves its allocations (see ProxyReuse).
        var key = new Proxy.Attrib { name = "OppExtKey", value = "OPP-0" };
        var target = new Proxy.MObject { externalKey = key };

        MObjectRecordMapping.Fill(target, new MObjectRecord { Type = MObjectTypes.Opportunity, ExternalKey = new("OppExtKey", "OPP-1") });

        Assert.Same(key, target.externalKey);
        Assert.Equal("OPP-1", key.value);
    }

    [Fact]
    public void SyncToResult_StatusIdZero_ReadsNoId()
    {
        MObjectRecord[] objects = [new() { Type = MObjectTypes.Opportunity, ExternalKey = new("OppExtKey", "OPP-1") }];

        var result = SyncMObjectsOperation.ToResult(objects, new Proxy.SuccessSyncMObjects { result = new Proxy.ResultSyncMObjects { mObjStatusList = [new Proxy.MObjStatus { id = 0, status = "FAILED" }] } });

        // Marketo ids start at 1: an id of 0 names no object.
        Assert.Null(Assert.Single(result.Results).Id);
    }

    [Fact]
    public void DeleteToResult_StatusIdZero_ReadsNoId()
    {
        MObjectReference[] objects = [new(MObjectTypes.Opportunity, 3101)];

        var result = DeleteMObjectsOperation.ToResult(objects, new Proxy.SuccessDeleteMObjects { result = new Proxy.ResultDeleteMObjects { mObjStatusList = [new Proxy.MObjStatus { id = 0, status = "FAILED" }] } });

        Assert.Null(Assert.Single(result.Results).Id);
    }

    [Fact]
    public void DescribeToResult_NoFieldList_ReadsNoFields()
    {
        var answer = new Proxy.SuccessDescribeMObject { result = new Proxy.ResultDescribeMObject { metadata = new Proxy.MObjectMetadata { name = "LeadRecord", fieldList = null } } };

        Assert.Empty(DescribeMObjectOperation.ToResult(answer).Fields);
    }

    [Fact]
    public void ListToResult_NoResult_ReadsNoNames()
    {
        Assert.Empty(ListMObjectsOperation.ToResult(new Proxy.SuccessListMObjects { result = null }));
    }
}
