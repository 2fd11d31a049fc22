using System.Xml.Linq;
using Marketo.Soap.Testing.Tests.TestSupport;

namespace Marketo.Soap.Testing.Tests;

/// <summary>getMObjects (operations facts §6.1), called over HTTP as PHP's SoapClient would, from the WSDL.</summary>
public class GetMObjectsTests
{
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _clock = TestClock.Create();

    private static XElement Criterion(string name, string comparison, string value) =>
        new("mObjCriteria", new XElement("attrName", name), new XElement("comparison", comparison), new XElement("attrValue", value));

    private static XElement Criteria(params XElement[] criteria) => new("mObjCriteriaList", criteria);

    [Fact]
    public async Task Programs_ByIdAndNameCriteria_AnswersTheMatchingProgramsWithTagsAndCosts()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        emulator.Store.AddTagType("Channel", "Webinar", "Email Blast");
        emulator.Store.AddProgram(new StoredProgram { Id = 1001, Name = "Spring Webinar", Tags = new Dictionary<string, string> { ["Channel"] = "Webinar" }, Costs = [new StoredProgramCost { Id = 5, Month = new DateOnly(2026, 3, 1), Amount = 2500m, Note = "Speaker" }] });
        emulator.Store.AddProgram(new StoredProgram { Id = 1002, Name = "test program" });
        emulator.Store.AddProgram(new StoredProgram { Id = 1020, Name = "Autumn Blast" });
        var caller = await WsdlDrivenCaller.LoadAsync(emulator, _clock);

        var answer = await caller.CallAsync("getMObjects", new XElement("type", "Program"), Criteria(Criterion("Id", "LE", "1010"), Criterion("Name", "NE", "test program")));

        answer.AssertSuccess();
        Assert.Equal(("1", "false"), (answer.Text("returnCount"), answer.Text("hasMore")));
        var program = answer.Xml.Descendants("mObject").Single();
        Assert.Equal(("Program", "1001"), (program.Element("type")!.Value, program.Element("id")!.Value));
        Assert.Equal([("Name", "Spring Webinar")], Pairs(program.Element("attribList")!));
        var groups = program.Element("typeAttribList")!.Elements("typeAttrib").ToList();
        Assert.Equal(["Tag", "Cost"], groups.Select(g => g.Element("attrType")!.Value));
        Assert.Equal([("Type", "Channel"), ("Value", "Webinar")], Pairs(groups[0].Element("attrList")!));
        Assert.Equal([("Id", "5"), ("Month", "2026-03-01"), ("Amount", "2500"), ("Note", "Speaker")], Pairs(groups[1].Element("attrList")!));
        Assert.Empty(WsdlSchema.ValidateBody(answer.Xml));
    }

    [Fact]
    public async Task Programs_ByTagTypeAndValue_AnswersOnlyThoseTagged()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        emulator.Store.AddTagType("Region", "EMEA", "APAC");
        emulator.Store.AddProgram(new StoredProgram { Name = "A", Tags = new Dictionary<string, string> { ["Region"] = "EMEA" } });
        emulator.Store.AddProgram(new StoredProgram { Name = "B", Tags = new Dictionary<string, string> { ["Region"] = "APAC" } });
        emulator.Store.AddProgram(new StoredProgram { Name = "C" });
        var caller = await WsdlDrivenCaller.LoadAsync(emulator, _clock);

        var answer = await caller.CallAsync("getMObjects", new XElement("type", "Program"), Criteria(Criterion("Tag Type", "EQ", "Region"), Criterion("Tag Value", "EQ", "EMEA")));

        Assert.Equal(["A"], Names(answer));
    }

    [Fact]
    public async Task Opportunities_ByAssociatedLeadAndCompany_AnswerThoseLinkedWithTheirCompany()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        var lead = emulator.Store.AddLead(new StoredLead { Email = "ada@example.com" });
        var linked = emulator.Store.AddOpportunity(new StoredOpportunity { Attributes = new Dictionary<string, string> { ["Name"] = "Linked", ["Amount"] = "100" }, CompanyId = 77 });
        emulator.Store.AddOpportunity(new StoredOpportunity { Attributes = new Dictionary<string, string> { ["Name"] = "Other" }, CompanyId = 77 });
        emulator.Store.AddOpportunityPersonRole(new StoredOpportunityPersonRole { OpportunityId = linked.Id, PersonId = lead.Id });
        var caller = await WsdlDrivenCaller.LoadAsync(emulator, _clock);

        var answer = await caller.CallAsync(
            "getMObjects",
            new XElement("type", "Opportunity"),
            new XElement(
                "mObjAssociationList",
                new XElement("mObjAssociation", new XElement("mObjType", "Lead"), new XElement("id", lead.Id)),
                new XElement("mObjAssociation", new XElement("mObjType", "Company"), new XElement("id", 77))));

        var opportunity = answer.Xml.Descendants("mObject").Single();
        Assert.Equal([("Amount", "100"), ("Name", "Linked")], Pairs(opportunity.Element("attribList")!));
        Assert.Equal("77", opportunity.Element("associationList")!.Element("mObjAssociation")!.Element("id")!.Value);
        Assert.Empty(WsdlSchema.ValidateBody(answer.Xml));
    }

    [Fact]
    public async Task Roles_ByExternalKeyOfTheirOpportunity_AnswerOpportunityAndPersonIds()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        var lead = emulator.Store.AddLead(new StoredLead());
        var opportunity = emulator.Store.AddOpportunity(new StoredOpportunity { ExternalKey = new("CRM_Key__c", "OPP-9") });
        emulator.Store.AddOpportunityPersonRole(new StoredOpportunityPersonRole { OpportunityId = opportunity.Id, PersonId = lead.Id, Attributes = new Dictionary<string, string> { ["Role"] = "Buyer" } });
        var caller = await WsdlDrivenCaller.LoadAsync(emulator, _clock);

        var answer = await caller.CallAsync(
            "getMObjects",
            new XElement("type", "OpportunityPersonRole"),
            new XElement("mObjAssociationList", new XElement("mObjAssociation", new XElement("mObjType", "Opportunity"), new XElement("externalKey", new XElement("name", "CRM_Key__c"), new XElement("value", "OPP-9")))));

        var role = answer.Xml.Descendants("mObject").Single();
        Assert.Equal([("OpportunityId", opportunity.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("PersonId", lead.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("Role", "Buyer")], Pairs(role.Element("attribList")!));
    }

    [Fact]
    public async Task TwoHundredFiftyOpportunities_PageBy100WithHasMoreAndALongPositionThenStreamAtEnd()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        for (var i = 0; i < 250; i++)
        {
            emulator.Store.AddOpportunity(new StoredOpportunity());
        }

        var caller = await WsdlDrivenCaller.LoadAsync(emulator, _clock);
        var ids = new List<int>();
        var hasMore = new List<string>();
        string? position = null;
        do
        {
            var answer = await caller.CallAsync("getMObjects", new XElement("type", "Opportunity"), position is null ? null! : new XElement("streamPosition", position));
            answer.AssertSuccess();
            ids.AddRange(answer.Xml.Descendants("mObject").Select(o => int.Parse(o.Element("id")!.Value, System.Globalization.CultureInfo.InvariantCulture)));
            hasMore.Add(answer.Text("hasMore"));
            position = answer.Text("newStreamPosition");
            Assert.True(position.Length > 5000, "positions are as long as Marketo's");
        }
        while (hasMore[^1] == "true");

        Assert.Equal(["true", "true", "false"], hasMore);
        Assert.Equal(Enumerable.Range(1, 250), ids);
        var pastTheEnd = await caller.CallAsync("getMObjects", new XElement("type", "Opportunity"), new XElement("streamPosition", position));
        pastTheEnd.AssertMarketoFault(20123);
    }

    [Theory]
    [InlineData("cut")]
    [InlineData("other selection")]
    [InlineData("not base64")]
    public async Task BadPosition_FailsWith20122(string problem)
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        for (var i = 0; i < 101; i++)
        {
            emulator.Store.AddOpportunity(new StoredOpportunity());
        }

        var caller = await WsdlDrivenCaller.LoadAsync(emulator, _clock);
        var first = await caller.CallAsync("getMObjects", new XElement("type", "Opportunity"));
        var position = first.Text("newStreamPosition");

        var answer = problem switch
        {
            "cut" => await caller.CallAsync("getMObjects", new XElement("type", "Opportunity"), new XElement("streamPosition", position[..4096])),
            "other selection" => await caller.CallAsync("getMObjects", new XElement("type", "Opportunity"), Criteria(Criterion("Name", "EQ", "x")), new XElement("streamPosition", position)),
            _ => await caller.CallAsync("getMObjects", new XElement("type", "Opportunity"), new XElement("streamPosition", "id:1:os:100")),
        };

        answer.AssertMarketoFault(20122);
    }

    [Fact]
    public async Task NothingMatches_AnswersNoObjectsNoMoreAndAnEmptyPosition()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        var caller = await WsdlDrivenCaller.LoadAsync(emulator, _clock);

        var answer = await caller.CallAsync("getMObjects", new XElement("type", "Opportunity"), new XElement("id", 42));

        answer.AssertSuccess();
        Assert.Equal(("0", "false", string.Empty), (answer.Text("returnCount"), answer.Text("hasMore"), answer.Text("newStreamPosition")));
        Assert.Empty(WsdlSchema.ValidateBody(answer.Xml));
    }

    [Theory]
    [InlineData("Company", null)]
    [InlineData("Opportunity", "Colour")]
    [InlineData("Program", "Tag Type")]
    public async Task UnknownTypeUndocumentedCriterionOrSecondTagType_FailsWith20110(string type, string? criterion)
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        var caller = await WsdlDrivenCaller.LoadAsync(emulator, _clock);
        var criteria = criterion is null ? null : Criteria(Criterion(criterion, "EQ", "x"), Criterion(criterion, "EQ", "y"));

        var answer = await caller.CallAsync("getMObjects", new XElement("type", type), criteria!);

        answer.AssertMarketoFault(20110);
    }

    [Fact]
    public async Task ProgramFilteredByAnAssociation_FailsWith20110()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        var caller = await WsdlDrivenCaller.LoadAsync(emulator, _clock);

        var answer = await caller.CallAsync("getMObjects", new XElement("type", "Program"), new XElement("mObjAssociationList", new XElement("mObjAssociation", new XElement("mObjType", "Lead"), new XElement("id", 1))));

        answer.AssertMarketoFault(20110);
    }

    private static IEnumerable<(string, string)> Pairs(XElement list) =>
        list.Elements("attrib").Select(a => (a.Element("name")!.Value, a.Element("value")!.Value));

    private static IEnumerable<string> Names(SoapAnswer answer) =>
        answer.Xml.Descendants("mObject").Select(o => o.Element("attribList")!.Elements("attrib").Single(a => a.Element("name")!.Value == "Name").Element("value")!.Value);
}
