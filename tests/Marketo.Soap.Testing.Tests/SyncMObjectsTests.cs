using Marketo.Soap.Testing.Tests.TestSupport;
using Marketo.Soap.Tests.TestSupport;

namespace Marketo.Soap.Testing.Tests;

/// <summary>syncMObjects semantics (contract facts §2.5, §2.7), over HTTP; one nested class per object type.</summary>
public partial class SyncMObjectsTests
{
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _clock = TestClock.Create();

    [Fact]
    public async Task RecordedRequest_ProgramAndCostExist_AnswersExactlyTheRecordedAnswer()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        emulator.Store.AddProgram(new StoredProgram { Id = 1970, Costs = [new StoredProgramCost { Id = 153, Month = new DateOnly(2013, 6, 1), Amount = 1500m }] });

        var answer = await emulator.PostFixtureAsync(Fixtures.ReadRecorded("syncMObjects.request.program-cost-update.xml"), _clock);

        XmlAssert.SemanticallyEqual(Fixtures.ReadRecorded("syncMObjects.response.updated.xml"), answer.Body);
    }

    [Fact]
    public async Task Answer_ValidatesAgainstTheWsdl()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);

        var answer = await emulator.PostAsync(
            Wire.SyncMObjects("UPSERT", Wire.MObject("Opportunity", externalKey: ("ext", "1")), Wire.MObject("Program", id: 1)),
            _clock);

        Assert.Empty(WsdlSchema.ValidateBody(answer.Xml));
    }

    [Fact]
    public async Task Answer_WithoutNil_DeclaresNoXsi()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        emulator.Store.AddProgram(new StoredProgram { Id = 7 });

        var answer = await emulator.PostAsync(Wire.SyncMObjects("UPDATE", Wire.MObject("Program", id: 7)), _clock);

        answer.AssertSuccess();
        Assert.DoesNotContain(answer.Xml.Descendants().SelectMany(e => e.Attributes()), a => a.IsNamespaceDeclaration && a.Value == "http://www.w3.org/2001/XMLSchema-instance");
    }

    [Fact]
    public async Task UnknownType_Fails()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);

        var answer = await emulator.PostAsync(Wire.SyncMObjects("INSERT", Wire.MObject("OpportunityLeadRole")), _clock);

        var status = Assert.Single(answer.MObjStatuses);
        Assert.Equal("FAILED", status.Element("status")!.Value);
        Assert.Contains("OpportunityLeadRole", status.Element("error")!.Value);
    }

    [Fact]
    public async Task ErrorElement_IsAbsentUnlessFailed()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);

        var answer = await emulator.PostAsync(Wire.SyncMObjects("INSERT", Wire.MObject("Opportunity"), Wire.MObject("Nope")), _clock);

        Assert.Null(answer.MObjStatuses[0].Element("error"));
        Assert.NotNull(answer.MObjStatuses[1].Element("error"));
    }

    [Fact]
    public async Task PartialFailure_OtherObjectsAreStillWritten_InRequestOrder()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);

        var answer = await emulator.PostAsync(
            Wire.SyncMObjects("INSERT", Wire.MObject("Opportunity", attribs: [("Name", "A")]), Wire.MObject("Nope"), Wire.MObject("Opportunity", attribs: [("Name", "B")])),
            _clock);

        Assert.Equal(["CREATED", "FAILED", "CREATED"], answer.MObjStatuses.Select(s => s.Element("status")!.Value));
        Assert.Equal(["A", "B"], emulator.Store.Opportunities.Select(o => o.Attributes["Name"]));
    }

    private static string StatusOf(SoapAnswer answer) => Assert.Single(answer.MObjStatuses).Element("status")!.Value;

    private static int IdOf(SoapAnswer answer) => int.Parse(Assert.Single(answer.MObjStatuses).Element("id")!.Value, System.Globalization.CultureInfo.InvariantCulture);

    private static string? ErrorOf(SoapAnswer answer) => Assert.Single(answer.MObjStatuses).Element("error")?.Value;
}
