using System.Globalization;
using System.Xml.Linq;
using Marketo.Soap.Testing.Tests.TestSupport;

namespace Marketo.Soap.Testing.Tests;

/// <summary>The edges of listOperation: the 1,000-lead limit, list key types, and keys naming several leads.</summary>
public class ListMembershipEdgeTests
{
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _clock = TestClock.Create();

    [Fact]
    public async Task Exactly1000Leads_AreServed()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        emulator.Store.AddLead(new StoredLead { Email = "a@example.com" });
        var list = emulator.Store.AddStaticList(new StoredStaticList { Name = "Webinar" });

        var answer = await emulator.PostAsync(Wire.ListOperation("ADDTOLIST", "Webinar", [.. Enumerable.Range(1, 1000).Select(i => i.ToString(CultureInfo.InvariantCulture))]), _clock);

        answer.AssertSuccess();
        Assert.Equal([1], emulator.Store.FindStaticList(list.Id)!.LeadIds);
    }

    [Theory]
    [InlineData("MKTOSALESUSERID")]
    [InlineData("SFDCLEADOWNERID")]
    public async Task ListKeyOtherThanAListName_FailsWith20111EvenWhenAListHasThatName(string keyType)
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        emulator.Store.AddLead(new StoredLead { Email = "a@example.com" });
        emulator.Store.AddStaticList(new StoredStaticList { Name = "Webinar" });
        var request = Wire.ListOperation("ADDTOLIST", "Webinar", ["1"]);
        request.Element("listKey")!.Element("keyType")!.Value = keyType;

        var answer = await emulator.PostAsync(request, _clock);

        answer.AssertMarketoFault(20111);
    }

    [Fact]
    public async Task IsMemberOfList_EmailOfSeveralLeadsOneOfThemAMember_IsTrue()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        var member = emulator.Store.AddLead(new StoredLead { Email = "twin@example.com" });
        emulator.Store.AddLead(new StoredLead { Email = "twin@example.com" });
        emulator.Store.AddStaticList(new StoredStaticList { Name = "Webinar", LeadIds = [member.Id] });
        var request = Wire.ListOperation("ISMEMBEROFLIST", "Webinar", ["0"]);
        var key = request.Descendants("leadKey").Single();
        key.Element("keyType")!.Value = "EMAIL";
        key.Element("keyValue")!.Value = "twin@example.com";

        var answer = await emulator.PostAsync(request, _clock);

        answer.AssertSuccess();
        Assert.Equal("true", answer.Text("success"));
        Assert.Equal("true", answer.Xml.Descendants("leadStatus").Single().Element("status")!.Value);
    }
}
