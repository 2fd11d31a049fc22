using System.Xml.Linq;
using Marketo.Soap.Models;
using Marketo.Soap.Tests.TestSupport;

namespace Marketo.Soap.Tests.Operations.MObjects;

/// <summary><c>getMObjects</c> through the client: requests, pages, the long opaque position, resuming, and what it refuses.</summary>
public class GetMObjectsTests
{
    private readonly ReplayHandler _handler = new();

    private static readonly GetMObjectsRequest OpportunitiesOfLead4101 = new()
    {
        Type = MObjectTypes.Opportunity,
        Associations = [new MObjectAssociation { Type = MObjectTypes.Lead, Id = 4101 }],
    };

    /// <summary>The position page 1 hands out: several kilobytes, sent back verbatim.</summary>
    private static string PositionAfterPage1 => XDocument.Parse(Fixtures.Read("getMObjects.response.page-1-of-2.xml")).Descendants("newStreamPosition").Single().Value;

    [Fact]
    public async Task GetMObjectsAsync_ProgramsByCriteriaWithDetails_SendsCriteriaInOrderAndNoPosition()
    {
        _handler.ReplyFixture("getMObjects.response.none.xml");
        using var client = TestClient.Create(_handler);
        var request = new GetMObjectsRequest
        {
            Type = MObjectTypes.Program,
            Criteria = [new("Workspace Name", MObjectComparison.Equal, "EMEA"), new("Id", MObjectComparison.GreaterThanOrEqual, "2040")],
            IncludeDetails = true,
        };

        await client.GetMObjectsAsync(request).ToListAsync();

        XmlAssert.SemanticallyEqual(Fixtures.Read("getMObjects.request.program-criteria-first-page.xml"), _handler.SingleRequest.Body);
        Assert.Equal("http://www.marketo.com/mktows/getMObjects", _handler.SingleRequest.SoapAction?.Trim('"'));
    }

    [Fact]
    public async Task GetMObjectsAsync_RoleByExternalKey_SendsTheKeyOnly()
    {
        _handler.ReplyFixture("getMObjects.response.none.xml");
        using var client = TestClient.Create(_handler);

        await client.GetMObjectsAsync(new GetMObjectsRequest { Type = MObjectTypes.OpportunityPersonRole, ExternalKey = new("CRM_Role_Key__c", "ROLE-77") }).ToListAsync();

        XmlAssert.SemanticallyEqual(Fixtures.Read("getMObjects.request.role-by-external-key.xml"), _handler.SingleRequest.Body);
    }

    [Fact]
    public async Task AsPages_ResumedFromASavedToken_SendsTheWholePositionWithTheSameSelection()
    {
        _handler.ReplyFixture("getMObjects.response.page-2-of-2.xml");
        using var client = TestClient.Create(_handler);

        var pages = await client.GetMObjectsAsync(OpportunitiesOfLead4101).AsPages(PositionAfterPage1).ToListAsync();

        XmlAssert.SemanticallyEqual(Fixtures.Read("getMObjects.request.opportunity-by-lead-second-page.xml"), _handler.SingleRequest.Body);
        Assert.Equal([2041], pages.SelectMany(p => p.Values).Select(o => o.Id));
    }

    [Fact]
    public async Task GetMObjectsAsync_TwoPages_YieldsEveryObjectAndSendsTheFirstPositionUncut()
    {
        ReplyTwoPages();
        using var client = TestClient.Create(_handler);

        var objects = await client.GetMObjectsAsync(OpportunitiesOfLead4101).ToListAsync();

        Assert.Equal([3101, 3102, 2041], objects.Select(o => o.Id));
        Assert.Equal([null, PositionAfterPage1], _handler.Requests.Select(SentPosition));
        Assert.True(PositionAfterPage1.Length > 5000, "the fixture's position must be several kilobytes long");
    }

    [Fact]
    public async Task AsPages_TwoPages_TokenIsThePositionAndTheLastPageEndsOnHasMoreFalseDespiteItsPosition()
    {
        ReplyTwoPages();
        using var client = TestClient.Create(_handler);

        var pages = await client.GetMObjectsAsync(OpportunitiesOfLead4101).AsPages().ToListAsync();

        Assert.Equal([PositionAfterPage1, null], pages.Select(p => p.ContinuationToken));
        Assert.All(pages, p => Assert.Null(p.RemainingCount));
    }

    [Fact]
    public async Task GetMObjectsAsync_Answer_ReadsAttributesTypeAttributesAndIdsInOrder()
    {
        ReplyTwoPages();
        using var client = TestClient.Create(_handler);

        var objects = await client.GetMObjectsAsync(OpportunitiesOfLead4101).ToListAsync();

        var opportunity = objects[1];
        Assert.Equal((MObjectTypes.Opportunity, 3102), (opportunity.Type, opportunity.Id));
        Assert.Equal([new("Name", "Harbour Expansion"), new("Amount", "30500.50"), new("Stage", "Negotiation")], opportunity.Attributes);
        var program = objects[2];
        Assert.Equal(["Tag", "Cost"], program.TypeAttributes.Select(t => t.AttrType));
        Assert.Equal([new("Id", "17"), new("Month", "2026-03-01"), new("Amount", "2500")], program.TypeAttributes[1].Attributes);
        Assert.Empty(program.Associations);
        Assert.Null(program.ExternalKey);
    }

    [Fact]
    public async Task GetMObjectsAsync_MoreButNoPosition_ThrowsInvalidResponse()
    {
        _handler.ReplyFixture("getMObjects.response.more-without-position.xml");
        using var client = TestClient.Create(_handler);

        var exception = await Assert.ThrowsAsync<MarketoTransportException>(async () => await client.GetMObjectsAsync(OpportunitiesOfLead4101).ToListAsync());

        Assert.Equal(MarketoTransportFailure.InvalidResponse, exception.Failure);
    }

    [Fact]
    public async Task GetMObjectsAsync_NoObjects_YieldsNothingAfterOneCall()
    {
        _handler.ReplyFixture("getMObjects.response.none.xml");
        using var client = TestClient.Create(_handler);

        Assert.Empty(await client.GetMObjectsAsync(OpportunitiesOfLead4101).ToListAsync());
        Assert.Single(_handler.Requests);
    }

    [Fact]
    public void GetMObjectsAsync_NotEnumerated_SendsNothing()
    {
        using var client = TestClient.Create(_handler);

        _ = client.GetMObjectsAsync(OpportunitiesOfLead4101);

        Assert.Empty(_handler.Requests);
    }

    [Fact]
    public void GetMObjectsAsync_NullRequest_ThrowsArgumentNull()
    {
        using var client = TestClient.Create(_handler);

        Assert.Throws<ArgumentNullException>(() => client.GetMObjectsAsync(null!));
    }

    public static TheoryData<string, string> BadRequests => new()
    {
        { "no type", "Type" },
        { "empty type", "Type" },
        { "type Company", "Type" },
        { "type in lower case", "Type" },
        { "id 0", "Id" },
        { "id and external key", "ExternalKey" },
        { "external key without value", "ExternalKey.Value" },
        { "external key with empty name", "ExternalKey.Name" },
        { "null criteria", "Criteria" },
        { "null criterion", "Criteria[0]" },
        { "criterion without name", "Criteria[1].AttributeName" },
        { "criterion with undefined comparison", "Criteria[0].Comparison" },
        { "criterion without value", "Criteria[0].Value" },
        { "criterion with a control character", "Criteria[0].Value" },
        { "two tag types", "Criteria[1].AttributeName" },
        { "null associations", "Associations" },
        { "null association", "Associations[0]" },
        { "association without type", "Associations[0].Type" },
        { "association by neither", "Associations[0]" },
        { "association id 0", "Associations[0].Id" },
        { "association key without value", "Associations[0].ExternalKey.Value" },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public void GetMObjectsAsync_InvalidRequest_RefusesNamingTheFieldBeforeEnumerating(string problem, string field)
    {
        using var client = TestClient.Create(_handler);

        var exception = Assert.Throws<MarketoRequestValidationException>(() => client.GetMObjectsAsync(Bad(problem)));

        Assert.Equal((field, "request"), (exception.Field, exception.ParamName));
        Assert.Empty(_handler.Requests);
    }

    [Fact]
    public void GetMObjectsAsync_EveryDocumentedTypeOneTagTypeAndAnEmptySelection_AreAccepted()
    {
        using var client = TestClient.Create(_handler);

        foreach (var type in new[] { MObjectTypes.Opportunity, MObjectTypes.OpportunityPersonRole, MObjectTypes.Program })
        {
            Assert.NotNull(client.GetMObjectsAsync(new GetMObjectsRequest { Type = type }));
        }

        Assert.NotNull(client.GetMObjectsAsync(new GetMObjectsRequest
        {
            Type = MObjectTypes.Program,
            Criteria = [new("Tag Type", MObjectComparison.Equal, "Region"), new("Tag Value", MObjectComparison.Equal, "EMEA")],
            Associations = [new MObjectAssociation { Type = MObjectTypes.Company, ExternalKey = new("Account_Key__c", "A-1") }],
        }));
    }

    private static GetMObjectsRequest Bad(string problem)
    {
        var valid = new GetMObjectsRequest { Type = MObjectTypes.Opportunity };
        var lead = new MObjectAssociation { Type = MObjectTypes.Lead, Id = 4101 };
        return problem switch
        {
            "no type" => valid with { Type = null! },
            "empty type" => valid with { Type = string.Empty },
            "type Company" => valid with { Type = MObjectTypes.Company },
            "type in lower case" => valid with { Type = "opportunity" },
            "id 0" => valid with { Id = 0 },
            "id and external key" => valid with { Id = 3101, ExternalKey = new("CRM_Key__c", "OPP-1") },
            "external key without value" => valid with { ExternalKey = new("CRM_Key__c", null!) },
            "external key with empty name" => valid with { ExternalKey = new(string.Empty, "OPP-1") },
            "null criteria" => valid with { Criteria = null! },
            "null criterion" => valid with { Criteria = [null!] },
            "criterion without name" => valid with { Criteria = [new("Name", MObjectComparison.Equal, "x"), new(string.Empty, MObjectComparison.Equal, "x")] },
            "criterion with undefined comparison" => valid with { Criteria = [new("Name", (MObjectComparison)42, "x")] },
            "criterion without value" => valid with { Criteria = [new("Name", MObjectComparison.Equal, null!)] },
            "criterion with a control character" => valid with { Criteria = [new("Name", MObjectComparison.Equal, "a\u0001b")] },
            "two tag types" => valid with { Criteria = [new("Tag Type", MObjectComparison.Equal, "Region"), new("Tag Type", MObjectComparison.Equal, "Channel")] },
            "null associations" => valid with { Associations = null! },
            "null association" => valid with { Associations = [null!] },
            "association without type" => valid with { Associations = [lead with { Type = null! }] },
            "association by neither" => valid with { Associations = [lead with { Id = null }] },
            "association id 0" => valid with { Associations = [lead with { Id = 0 }] },
            "association key without value" => valid with { Associations = [lead with { Id = null, ExternalKey = new("Key__c", null!) }] },
            _ => throw new ArgumentOutOfRangeException(nameof(problem), problem, null),
        };
    }

    private static string? SentPosition(RecordedExchange exchange) =>
        XDocument.Parse(exchange.Body).Descendants("streamPosition").SingleOrDefault()?.Value;

    private void ReplyTwoPages() =>
        _handler.ReplyFixture("getMObjects.response.page-1-of-2.xml").ReplyFixture("getMObjects.response.page-2-of-2.xml");
}
