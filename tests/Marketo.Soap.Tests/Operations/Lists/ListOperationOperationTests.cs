using System.Xml.Linq;
using Marketo.Soap.Models;
using Marketo.Soap.Tests.TestSupport;

namespace Marketo.Soap.Tests.Operations.Lists;

public class ListOperationOperationTests
{
    private static readonly ListOperationRequest AddTwo = new()
    {
        Operation = ListOperationType.AddToList,
        List = ListKey.ByName("Webinar 2013 attendees"),
        Leads = [LeadKey.ById(4101), LeadKey.ById(4102)],
        Strict = true,
    };

    [Fact]
    public async Task ListOperationAsync_AddStrict_SendsOperationListKeyIdKeysAndStrictInSchemaOrder()
    {
        var (_, sent) = await OneExchange.RunAsync("listOperation.response.added.xml", c => c.ListOperationAsync(AddTwo));

        XmlAssert.SemanticallyEqual(Fixtures.Read("listOperation.request.add-strict.xml"), sent);
    }

    [Fact]
    public async Task ListOperationAsync_IsMemberWithStrictNull_OmitsStrict()
    {
        var request = AddTwo with { Operation = ListOperationType.IsMemberOfList, Leads = [LeadKey.ById(4101)], Strict = null };

        var (_, sent) = await OneExchange.RunAsync("listOperation.response.added.xml", c => c.ListOperationAsync(request));

        XmlAssert.SemanticallyEqual(Fixtures.Read("listOperation.request.is-member-default-strict.xml"), sent);
    }

    [Theory]
    [InlineData(ListOperationType.RemoveFromList, "REMOVEFROMLIST", ListKeyType.SalesUserId, "MKTOSALESUSERID")]
    [InlineData(ListOperationType.AddToList, "ADDTOLIST", ListKeyType.SfdcLeadOwnerId, "SFDCLEADOWNERID")]
    public async Task ListOperationAsync_EachOperationAndListKeyType_SendsItsWireName(ListOperationType operation, string operationWire, ListKeyType keyType, string keyTypeWire)
    {
        var request = AddTwo with { Operation = operation, List = new ListKey(keyType, "005A0000001abcd") };

        var (_, sent) = await OneExchange.RunAsync("listOperation.response.added.xml", c => c.ListOperationAsync(request));

        var body = XDocument.Parse(sent);
        Assert.Equal(operationWire, body.Descendants("listOperation").Single().Value);
        Assert.Equal(keyTypeWire, body.Descendants("listKey").Single().Element("keyType")!.Value);
    }

    [Fact]
    public async Task ListOperationAsync_AddedWithNilStatusList_ReturnsSuccessAndNoStatuses()
    {
        var (result, _) = await OneExchange.RunAsync("listOperation.response.added.xml", c => c.ListOperationAsync(AddTwo));

        Assert.True(result.Success);
        Assert.Empty(result.Statuses);
    }

    [Fact]
    public async Task ListOperationAsync_IsMemberWithANonMember_ReturnsFalseSuccessAndEchoedKeysWithStatuses()
    {
        var request = AddTwo with { Operation = ListOperationType.IsMemberOfList, Strict = false };

        var (result, _) = await OneExchange.RunAsync("listOperation.response.is-member-one-not.xml", c => c.ListOperationAsync(request));

        Assert.False(result.Success);
        Assert.Equal([(LeadKey.ById(4101), true), (LeadKey.ById(4102), false)], result.Statuses.Select(s => (s.Lead, s.Status)));
    }

    [Fact]
    public async Task ListOperationAsync_StrictRemoveOfANonMember_ReturnsTheFailedLeadInsteadOfThrowing()
    {
        var request = AddTwo with { Operation = ListOperationType.RemoveFromList, Leads = [LeadKey.ById(4102)], Strict = true };

        var (result, sent) = await OneExchange.RunAsync("listOperation.response.remove-not-member.xml", c => c.ListOperationAsync(request));

        Assert.Equal("true", XDocument.Parse(sent).Descendants("strict").Single().Value);
        Assert.False(result.Success);
        Assert.Equal((LeadKey.ById(4102), false), (result.Statuses.Single().Lead, result.Statuses.Single().Status));
    }

    [Fact]
    public async Task ListOperationAsync_ListNotFound_ThrowsSoapExceptionWith20111()
    {
        var failure = await OneExchange.FaultAsync("fault.20111.list-not-found.xml", c => c.ListOperationAsync(AddTwo));

        Assert.Equal(20111, failure.ErrorCode?.Value);
    }

    [Fact]
    public async Task ListOperationAsync_ThousandLeads_IsSent()
    {
        var request = AddTwo with { Leads = Enumerable.Range(1, ListOperationRequest.MaxLeadsPerCall).Select(LeadKey.ById).ToArray() };

        var (_, sent) = await OneExchange.RunAsync("listOperation.response.added.xml", c => c.ListOperationAsync(request));

        Assert.Equal(1000, XDocument.Parse(sent).Descendants("leadKey").Count());
    }

    [Fact]
    public async Task ListOperationAsync_MoreThanThousandLeads_IsRefused()
    {
        var request = AddTwo with { Leads = Enumerable.Range(1, ListOperationRequest.MaxLeadsPerCall + 1).Select(LeadKey.ById).ToArray() };

        var refusal = await OneExchange.RefusedAsync(c => c.ListOperationAsync(request));

        Assert.Equal("Leads", refusal.Field);
    }

    [Fact]
    public async Task ListOperationAsync_NoLeads_IsRefused()
    {
        var refusal = await OneExchange.RefusedAsync(c => c.ListOperationAsync(AddTwo with { Leads = [] }));

        Assert.Equal("Leads", refusal.Field);
    }

    [Theory]
    [InlineData(LeadKeyType.Email)]
    [InlineData(LeadKeyType.Cookie)]
    [InlineData(LeadKeyType.SfdcLeadId)]
    public async Task ListOperationAsync_KeyOtherThanId_IsRefusedBecauseListOperationTakesOnlyIds(LeadKeyType type)
    {
        var refusal = await OneExchange.RefusedAsync(c => c.ListOperationAsync(AddTwo with { Leads = [LeadKey.ById(4101), new LeadKey(type, "x")] }));

        Assert.Equal(("Leads[1].Type", (int?)1), (refusal.Field, refusal.RecordIndex));
    }

    [Fact]
    public async Task ListOperationAsync_UndefinedLeadKeyType_IsRefused()
    {
        var refusal = await OneExchange.RefusedAsync(c => c.ListOperationAsync(AddTwo with { Leads = [new LeadKey((LeadKeyType)42, "4101")] }));

        Assert.Equal("Leads[0].Type", refusal.Field);
    }

    [Fact]
    public async Task ListOperationAsync_NullList_IsRefused()
    {
        var refusal = await OneExchange.RefusedAsync(c => c.ListOperationAsync(AddTwo with { List = null! }));

        Assert.Equal("List", refusal.Field);
    }

    [Theory]
    [InlineData("")]
    [InlineData("list\u0007")]
    public async Task ListOperationAsync_EmptyOrUnsendableListName_IsRefused(string name)
    {
        var refusal = await OneExchange.RefusedAsync(c => c.ListOperationAsync(AddTwo with { List = ListKey.ByName(name) }));

        Assert.Equal("List.Value", refusal.Field);
    }

    [Fact]
    public async Task ListOperationAsync_UndefinedOperation_IsRefused()
    {
        var refusal = await OneExchange.RefusedAsync(c => c.ListOperationAsync(AddTwo with { Operation = (ListOperationType)9 }));

        Assert.Equal("Operation", refusal.Field);
    }

    [Fact]
    public async Task ListOperationAsync_UndefinedListKeyType_IsRefused()
    {
        var refusal = await OneExchange.RefusedAsync(c => c.ListOperationAsync(AddTwo with { List = new ListKey((ListKeyType)9, "x") }));

        Assert.Equal("List.Type", refusal.Field);
    }
}
