using System.Xml.Linq;
using Marketo.Soap.Models;
using Marketo.Soap.Tests.TestSupport;

namespace Marketo.Soap.Tests.Operations.Leads;

public class SyncLeadOperationTests
{
    private static readonly XNamespace Mktows = "http://www.marketo.com/mktows/";

    private static readonly LeadRecord Grace = new() { Email = "grace@example.com", Attributes = [new("FirstName", "Grace"), new("Company", "Navy Labs")] };

    [Fact]
    public async Task SyncLeadAsync_LeadByEmail_SendsLeadAndReturnLeadFalseWithoutContextHeader()
    {
        var (_, sent) = await OneExchange.RunAsync("syncLead.response.updated-no-lead.xml", c => c.SyncLeadAsync(new SyncLeadRequest { Lead = Grace }));

        XmlAssert.SemanticallyEqual(Fixtures.Read("syncLead.request.email-key.xml"), sent);
    }

    [Fact]
    public async Task SyncLeadAsync_WorkspaceCookieAndReturnLead_SendsContextHeaderCookieAndReturnLeadTrue()
    {
        var request = new SyncLeadRequest
        {
            Lead = new LeadRecord { Email = "grace@example.com", ForeignSysPersonId = "CRM-42", ForeignSysType = ForeignSystemType.Custom },
            ReturnLead = true,
            MarketoCookie = "id:100-AEK-913&token:_mch-example.com-1375404150000-12345",
            TargetWorkspace = "EMEA Marketing",
        };

        var (_, sent) = await OneExchange.RunAsync("syncLead.response.created-with-lead.xml", c => c.SyncLeadAsync(request));

        XmlAssert.SemanticallyEqual(Fixtures.Read("syncLead.request.workspace-cookie-return.xml"), sent);
    }

    [Fact]
    public async Task SyncMultipleLeadsAsync_Always_SendsNoContextHeader()
    {
        var handler = new ReplayHandler().ReplyFixture("syncMultipleLeads.response.one-status.xml");
        using var client = TestClient.Create(handler);

        await client.SyncMultipleLeadsAsync(new SyncMultipleLeadsRequest { Leads = [Grace] });

        Assert.Empty(XDocument.Parse(handler.SingleRequest.Body).Descendants(Mktows + "MktowsContextHeader"));
    }

    [Fact]
    public async Task SyncLeadAsync_ReturnLeadFalse_ReturnsStatusAndNoLead()
    {
        var (result, _) = await OneExchange.RunAsync("syncLead.response.updated-no-lead.xml", c => c.SyncLeadAsync(new SyncLeadRequest { Lead = Grace }));

        Assert.Equal((2044, LeadSyncStatus.Updated, "UPDATED", (string?)null, true), (result.LeadId, result.Status, result.StatusText, result.Error, result.Succeeded));
        Assert.Null(result.Lead);
    }

    [Fact]
    public async Task SyncLeadAsync_StatusLeadIdNil_ReadsTheResultsLeadIdAndStatus()
    {
        // syncLead carries its id twice: the result's leadId is read; the status's may be nil (facts §2.3).
        var (result, _) = await OneExchange.RunAsync("syncLead.response.status-nil-lead-id.xml", c => c.SyncLeadAsync(new SyncLeadRequest { Lead = Grace }));

        Assert.Equal((2044, LeadSyncStatus.Updated, "UPDATED"), (result.LeadId, result.Status, result.StatusText));
    }

    [Fact]
    public async Task SyncLeadAsync_ReturnLeadTrue_ReturnsTheLeadWithTypedFields()
    {
        var (result, _) = await OneExchange.RunAsync("syncLead.response.created-with-lead.xml", c => c.SyncLeadAsync(new SyncLeadRequest { Lead = Grace, ReturnLead = true }));

        Assert.Equal(LeadSyncStatus.Created, result.Status);
        var lead = Assert.IsType<LeadRecord>(result.Lead);
        Assert.Equal((2045, "grace@example.com", "CRM-42", (ForeignSystemType?)ForeignSystemType.Custom), (lead.Id, lead.Email, lead.ForeignSysPersonId, lead.ForeignSysType));
        Assert.Equal(87, lead.Get<int>("Lead_Score__c"));
        Assert.Equal("url", lead.Attributes.Single(a => a.Name == "Website").Type);
    }

    [Fact]
    public async Task SyncLeadAsync_FailedStatus_ReturnsTheErrorInsteadOfThrowing()
    {
        var (result, _) = await OneExchange.RunAsync("syncLead.response.failed.xml", c => c.SyncLeadAsync(new SyncLeadRequest { Lead = Grace }));

        Assert.Equal((LeadSyncStatus.Failed, false), (result.Status, result.Succeeded));
        Assert.Equal("Lead could not be written: the email address is not valid", result.Error);
    }

    [Fact]
    public async Task SyncLeadAsync_AnswerOfAnotherOperation_ThrowsInvalidResponse()
    {
        var handler = new ReplayHandler().ReplyFixture("syncMultipleLeads.response.one-status.xml");
        using var client = TestClient.Create(handler);

        var failure = await Assert.ThrowsAsync<MarketoTransportException>(() => client.SyncLeadAsync(new SyncLeadRequest { Lead = Grace }));

        Assert.Equal(MarketoTransportFailure.InvalidResponse, failure.Failure);
    }

    [Fact]
    public async Task SyncLeadAsync_NullRequest_ThrowsArgumentNull()
    {
        using var client = TestClient.Create(new ReplayHandler());

        await Assert.ThrowsAsync<ArgumentNullException>(() => client.SyncLeadAsync(null!));
    }

    [Fact]
    public async Task SyncLeadAsync_NullLead_IsRefusedNamingLead()
    {
        var refusal = await OneExchange.RefusedAsync(c => c.SyncLeadAsync(new SyncLeadRequest { Lead = null! }));

        Assert.Equal("Lead", refusal.Field);
    }

    [Fact]
    public async Task SyncLeadAsync_LeadWithoutKey_IsRefusedByTheLeadRules()
    {
        var refusal = await OneExchange.RefusedAsync(c => c.SyncLeadAsync(new SyncLeadRequest { Lead = new LeadRecord { Attributes = [new("FirstName", "Grace")] } }));

        Assert.Equal(("Id", (int?)0), (refusal.Field, refusal.RecordIndex));
    }

    [Theory]
    [InlineData("", null, "MarketoCookie")]
    [InlineData("id:1\u0001", null, "MarketoCookie")]
    [InlineData(null, "", "TargetWorkspace")]
    [InlineData(null, "EMEA\uFFFE", "TargetWorkspace")]
    public async Task SyncLeadAsync_EmptyOrUnsendableCookieOrWorkspace_IsRefusedNamingTheField(string? cookie, string? workspace, string field)
    {
        var request = new SyncLeadRequest { Lead = Grace, MarketoCookie = cookie, TargetWorkspace = workspace };

        var refusal = await OneExchange.RefusedAsync(c => c.SyncLeadAsync(request));

        Assert.Equal(field, refusal.Field);
    }
}
