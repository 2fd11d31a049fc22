using System.Xml.Linq;
using Marketo.Soap.Testing.Tests.TestSupport;

namespace Marketo.Soap.Testing.Tests;

/// <summary>listOperation semantics (operations facts §5.1), over HTTP.</summary>
public class ListOperationTests
{
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _clock = TestClock.Create();

    [Fact]
    public async Task AddToList_AllLeadsExist_AddsThemAndAnswersSuccessWithNilStatusList()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        var list = Seed(emulator, members: []);

        var answer = await emulator.PostAsync(Wire.ListOperation("ADDTOLIST", "Webinar", ["1", "2"]), _clock);

        answer.AssertSuccess();
        Assert.Equal("true", answer.Xml.Descendants("success").Single().Value);
        Assert.Equal("true", (string?)answer.Xml.Descendants("statusList").Single().Attribute(Wire.Xsi + "nil"));
        Assert.Equal([1, 2], emulator.Store.FindStaticList(list.Id)!.LeadIds);
        Assert.Empty(WsdlSchema.ValidateBody(answer.Xml));
    }

    [Fact]
    public async Task IsMemberOfList_AnswersOneStatusPerKeyAndFalseSuccessWhenAnyIsNoMember()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        Seed(emulator, members: [1]);

        var answer = await emulator.PostAsync(Wire.ListOperation("ISMEMBEROFLIST", "Webinar", ["1", "2"]), _clock);

        Assert.Equal("false", answer.Xml.Descendants("success").Single().Value);
        Assert.Equal(
            [("1", "true"), ("2", "false")],
            answer.Xml.Descendants("leadStatus").Select(s => (s.Element("leadKey")!.Element("keyValue")!.Value, s.Element("status")!.Value)));
    }

    [Fact]
    public async Task RemoveFromList_NonMemberNotStrict_RemovesTheOthersAndReportsIt()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        var list = Seed(emulator, members: [1]);

        var answer = await emulator.PostAsync(Wire.ListOperation("REMOVEFROMLIST", "Webinar", ["1", "2"]), _clock);

        answer.AssertSuccess();
        Assert.Equal("false", answer.Xml.Descendants("success").Single().Value);
        Assert.Equal(["true", "false"], answer.Xml.Descendants("leadStatus").Select(s => s.Element("status")!.Value));
        Assert.Empty(emulator.Store.FindStaticList(list.Id)!.LeadIds);
    }

    [Fact]
    public async Task AddToList_UnknownLeadStrict_ChangesNothing()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        var list = Seed(emulator, members: []);

        var answer = await emulator.PostAsync(Wire.ListOperation("ADDTOLIST", "Webinar", ["1", "99"], strict: true), _clock);

        Assert.Equal("false", answer.Xml.Descendants("success").Single().Value);
        Assert.Empty(emulator.Store.FindStaticList(list.Id)!.LeadIds);
    }

    [Fact]
    public async Task UnknownList_FailsWith20111()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);

        var answer = await emulator.PostAsync(Wire.ListOperation("ADDTOLIST", "Nope", ["1"]), _clock);

        answer.AssertMarketoFault(20111);
    }

    [Fact]
    public async Task MoreThan1000Leads_FailsWith20110()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        Seed(emulator, members: []);

        var answer = await emulator.PostAsync(Wire.ListOperation("ADDTOLIST", "Webinar", [.. Enumerable.Range(1, 1001).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))]), _clock);

        answer.AssertMarketoFault(20110);
    }

    private static StoredStaticList Seed(MarketoSoapEmulator emulator, int[] members)
    {
        emulator.Store.AddLead(new StoredLead { Email = "a@example.com" });
        emulator.Store.AddLead(new StoredLead { Email = "b@example.com" });
        return emulator.Store.AddStaticList(new StoredStaticList { Name = "Webinar", LeadIds = members });
    }
}
