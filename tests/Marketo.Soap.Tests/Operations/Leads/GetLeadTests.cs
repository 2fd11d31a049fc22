using Marketo.Soap.Models;
using Marketo.Soap.Tests.TestSupport;

namespace Marketo.Soap.Tests.Operations.Leads;

/// <summary><c>getLead</c> through the client: the request it sends, the answers it reads, and what it refuses.</summary>
public class GetLeadTests
{
    private readonly ReplayHandler _handler = new();

    [Fact]
    public async Task GetLeadAsync_EmailKey_SendsLeadKeyWithEmailType()
    {
        _handler.ReplyFixture("getLead.response.two-leads-one-email.xml");
        using var client = TestClient.Create(_handler);

        await client.GetLeadAsync(new GetLeadRequest { Key = LeadKey.ByEmail("grace@example.com") });

        XmlAssert.SemanticallyEqual(Fixtures.Read("getLead.request.email-key.xml"), _handler.SingleRequest.Body);
        Assert.Equal("http://www.marketo.com/mktows/getLead", _handler.SingleRequest.SoapAction?.Trim('"'));
    }

    [Fact]
    public async Task GetLeadAsync_SalesforceContactKey_SendsSfdcContactIdType()
    {
        _handler.ReplyFixture("getLead.response.two-leads-one-email.xml");
        using var client = TestClient.Create(_handler);

        await client.GetLeadAsync(new GetLeadRequest { Key = new LeadKey(LeadKeyType.SfdcContactId, "003A000001xyzQR") });

        XmlAssert.SemanticallyEqual(Fixtures.Read("getLead.request.sfdc-contact-key.xml"), _handler.SingleRequest.Body);
    }

    [Fact]
    public async Task GetLeadAsync_TwoLeadsShareTheEmail_ReturnsBothInMarketosOrderWithTypedFields()
    {
        _handler.ReplyFixture("getLead.response.two-leads-one-email.xml");
        using var client = TestClient.Create(_handler);

        var result = await client.GetLeadAsync(new GetLeadRequest { Key = LeadKey.ByEmail("grace@example.com") });

        Assert.True(result.Found);
        Assert.Equal([2002417, 2002390], result.Leads.Select(l => l.Id));
        Assert.Equal([null, null], result.Leads.Select(l => l.ForeignSysPersonId));
        Assert.Equal(37, result.Leads[0].Get<int>("LeadScore"));
        Assert.Equal(new DateOnly(1906, 12, 9), result.Leads[1].Get<DateOnly>("Date_of_Birth__c"));
        Assert.Equal("url", result.Leads[0].Attributes[2].Type);
    }

    [Theory]
    [InlineData("fault.20103.lead-not-found.xml")]
    [InlineData("fault.20103.code-in-message-only.xml")]
    public async Task GetLeadAsync_LeadNotFoundFault_ReturnsResultWithNoLeads(string fault)
    {
        _handler.Reply(CannedResponse.Fault(fault));
        using var client = TestClient.Create(_handler);

        var result = await client.GetLeadAsync(new GetLeadRequest { Key = LeadKey.ByEmail("nobody@example.com") });

        Assert.False(result.Found);
        Assert.Empty(result.Leads);
    }

    [Fact]
    public async Task GetLeadAsync_OtherFault_ThrowsItWithItsCode()
    {
        _handler.Reply(CannedResponse.Fault("fault.20102.lead-key-bad.xml"));
        using var client = TestClient.Create(_handler);

        var exception = await Assert.ThrowsAsync<MarketoSoapException>(() => client.GetLeadAsync(new GetLeadRequest { Key = LeadKey.ByCookie("id:100-AEK-913&token:_mch-x") }));

        Assert.Equal(MarketoErrorCode.LeadKeyBad, exception.ErrorCode);
    }

    [Fact]
    public async Task GetLeadAsync_AnswerOfAnotherOperation_ThrowsInvalidResponse()
    {
        _handler.ReplyFixture("syncMultipleLeads.response.one-status.xml");
        using var client = TestClient.Create(_handler);

        var exception = await Assert.ThrowsAsync<MarketoTransportException>(() => client.GetLeadAsync(new GetLeadRequest { Key = LeadKey.ById(7) }));

        Assert.Equal(MarketoTransportFailure.InvalidResponse, exception.Failure);
    }

    [Fact]
    public async Task GetLeadAsync_NullRequest_ThrowsArgumentNullAndSendsNothing()
    {
        using var client = TestClient.Create(_handler);

        await Assert.ThrowsAsync<ArgumentNullException>(() => client.GetLeadAsync(null!));

        Assert.Empty(_handler.Requests);
    }

    public static TheoryData<LeadKey?, string> BadKeys => new()
    {
        { null, "Key" },
        { new LeadKey((LeadKeyType)99, "x"), "Key.Type" },
        { new LeadKey(LeadKeyType.Email, null!), "Key.Value" },
        { new LeadKey(LeadKeyType.Email, string.Empty), "Key.Value" },
        { new LeadKey(LeadKeyType.Email, "a\u0001b@example.com"), "Key.Value" },
        { new LeadKey(LeadKeyType.Id, "ada@example.com"), "Key.Value" },
        { new LeadKey(LeadKeyType.Id, "0"), "Key.Value" },
        { new LeadKey(LeadKeyType.Id, "-4"), "Key.Value" },
    };

    [Theory]
    [MemberData(nameof(BadKeys))]
    public async Task GetLeadAsync_BadKey_RefusesNamingTheFieldAndSendsNothing(LeadKey? key, string field)
    {
        using var client = TestClient.Create(_handler);

        var exception = await Assert.ThrowsAsync<MarketoRequestValidationException>(() => client.GetLeadAsync(new GetLeadRequest { Key = key! }));

        Assert.Equal((field, (int?)null, "request"), (exception.Field, exception.RecordIndex, exception.ParamName));
        Assert.Empty(_handler.Requests);
    }
}
