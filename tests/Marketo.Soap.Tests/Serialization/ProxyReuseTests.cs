using System.Text;
using Marketo.Soap.Models;
using Marketo.Soap.Operations;
using Proxy = Marketo.Soap.Generated;

namespace Marketo.Soap.Tests.Serialization;

/// <summary>
/// syncMultipleLeads and syncMObjects refill the proxy objects of earlier calls: a refilled batch
/// must put on the wire exactly what a fresh mapping puts there, whatever the earlier call held,
/// and hold none of a call's values once it is cleared.
/// </summary>
public class ProxyReuseTests
{
    private static readonly WireFormatters Formatters = WireFormatters.Instance;
    private static readonly Proxy.AuthenticationHeaderInfo Header = new() { mktowsUserId = "u", requestSignature = "s", requestTimestamp = "t" };

    private static readonly LeadRecord[] ManyLeads =
    [
        new() { Id = 7, Email = "a@example.test", Attributes = [new("FirstName", "Ann"), new("LastName", "Lee") { Type = "string" }, new("City", "Oslo")] },
        new() { Email = "b@example.test", Attributes = [new("FirstName", "Bo")] },
        new() { ForeignSysPersonId = "F-1", ForeignSysType = ForeignSystemType.Sfdc, Attributes = [new("Company", "Acme"), new("Phone", "1")] },
    ];

    private static readonly LeadRecord[] FewerLeads =
    [
        new() { Email = "c@example.test", Attributes = [] },
        new() { Id = 9, Attributes = [new("FirstName", "Cy"), new("LastName", "Oh"), new("City", "Rome"), new("Country", "IT")] },
    ];

    private static readonly MObjectRecord[] ManyObjects =
    [
        new()
        {
            Type = MObjectTypes.Opportunity,
            ExternalKey = new("ExternalOpportunityId", "OPP-1"),
            Attributes = [new("Name", "One"), new("Stage", "Prospecting")],
            Associations = [new() { Type = MObjectTypes.Company, ExternalKey = new("ExternalCompanyId", "ACME") }, new() { Type = MObjectTypes.Company, Id = 4 }],
        },
        new() { Type = MObjectTypes.Program, Id = 3, TypeAttributes = [MObjectTypeAttribute.ProgramTag("Region", "EU")] },
    ];

    private static readonly MObjectRecord[] OtherObjects =
    [
        new() { Type = MObjectTypes.Opportunity, Id = 12, Attributes = [new("Name", "Two"), new("Amount", "5.00"), new("Stage", "Won")] },
        new() { Type = MObjectTypes.Opportunity, ExternalKey = new("ExternalOpportunityId", "OPP-3"), Associations = [new() { Type = MObjectTypes.Company, Id = 8 }] },
    ];

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void LeadBatch_RefilledAfterAnotherCall_WritesTheFreshMappingsBytes(bool fewerAfterMore)
    {
        var (earlier, later) = fewerAfterMore ? (ManyLeads, FewerLeads) : (FewerLeads, ManyLeads);
        var batch = new LeadProxyBatch();
        batch.Fill(earlier, dedupEnabled: true);
        batch.Clear();

        var refilled = LeadBytes(batch.Fill(later, dedupEnabled: null));

        Assert.Equal(Text(LeadBytes(SyncMultipleLeadsOperation.ToProxy(later, null))), Text(refilled));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void MObjectBatch_RefilledAfterAnotherCall_WritesTheFreshMappingsBytes(bool otherAfterMany)
    {
        var (earlier, later) = otherAfterMany ? (ManyObjects, OtherObjects) : (OtherObjects, ManyObjects);
        var batch = new MObjectProxyBatch();
        batch.Fill(earlier, Proxy.SyncOperationEnum.INSERT);
        batch.Clear();

        var refilled = MObjectBytes(batch.Fill(later, Proxy.SyncOperationEnum.UPSERT));

        Assert.Equal(Text(MObjectBytes(SyncMObjectsOperation.ToProxy(later, MObjectOperation.Upsert))), Text(refilled));
    }

    [Fact]
    public void LeadBatch_Cleared_HoldsNoneOfTheCallsText()
    {
        var batch = new LeadProxyBatch();
        var body = batch.Fill(ManyLeads, dedupEnabled: true);

        batch.Clear();

        AssertHoldsNone(LeadBytes(body), "example.test", "F-1", "Ann", "FirstName");
    }

    [Fact]
    public void MObjectBatch_Cleared_HoldsNoneOfTheCallsText()
    {
        var batch = new MObjectProxyBatch();
        var body = batch.Fill(ManyObjects, Proxy.SyncOperationEnum.UPSERT);

        batch.Clear();

        AssertHoldsNone(MObjectBytes(body), "OPP-1", "ACME", "Prospecting", "Region");
    }

    private static byte[] LeadBytes(Proxy.ParamsSyncMultipleLeads body) =>
        Formatters.RequestBytes(Formatters.Generated("syncMultipleLeads"), new Proxy.syncMultipleLeadsRequest(Header, body));

    private static byte[] MObjectBytes(Proxy.ParamsSyncMObjects body) =>
        Formatters.RequestBytes(Formatters.Generated("syncMObjects"), new Proxy.syncMObjectsRequest(Header, body));

    private static string Text(byte[] bytes) => Encoding.UTF8.GetString(bytes);

    private static void AssertHoldsNone(byte[] written, params string[] texts)
    {
        var text = Text(written);
        Assert.All(texts, t => Assert.DoesNotContain(t, text, StringComparison.Ordinal));
    }
}
