using System.Globalization;
using System.Xml.Linq;
using Marketo.Soap.Testing.Tests.TestSupport;

namespace Marketo.Soap.Testing.Tests;

/// <summary>The edges of getMObjects' positions (blank, from before a reset, of another type) and of deleteMObjects (the call limit itself, ids of refused types).</summary>
public class MObjectPositionAndDeleteEdgeTests
{
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _clock = TestClock.Create();

    [Fact]
    public async Task GetMObjects_BlankPosition_StartsAtTheFirstObject()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        emulator.Store.AddOpportunity(new StoredOpportunity());
        var caller = await WsdlDrivenCaller.LoadAsync(emulator, _clock);

        var answer = await caller.CallAsync("getMObjects", new XElement("type", "Opportunity"), new XElement("streamPosition", "  "));

        answer.AssertSuccess();
        Assert.Equal("1", answer.Text("returnCount"));
    }

    [Fact]
    public async Task GetMObjects_PositionFromBeforeAReset_FailsWith20122SayingSo()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        emulator.Store.AddOpportunity(new StoredOpportunity());
        var caller = await WsdlDrivenCaller.LoadAsync(emulator, _clock);
        var first = await caller.CallAsync("getMObjects", new XElement("type", "Opportunity"));
        emulator.Store.Clear();
        emulator.Store.AddOpportunity(new StoredOpportunity());
        emulator.Store.AddOpportunity(new StoredOpportunity());

        var answer = await caller.CallAsync("getMObjects", new XElement("type", "Opportunity"), new XElement("streamPosition", first.Text("newStreamPosition")));

        answer.AssertMarketoFault(20122);
        Assert.Contains("reset", answer.FaultMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetMObjects_PositionOfAnotherType_FailsWith20122SayingSo()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        emulator.Store.AddOpportunity(new StoredOpportunity());
        emulator.Store.AddProgram(new StoredProgram { Name = "A" });
        emulator.Store.AddProgram(new StoredProgram { Name = "B" });
        var caller = await WsdlDrivenCaller.LoadAsync(emulator, _clock);
        var first = await caller.CallAsync("getMObjects", new XElement("type", "Opportunity"));

        var answer = await caller.CallAsync("getMObjects", new XElement("type", "Program"), new XElement("streamPosition", first.Text("newStreamPosition")));

        answer.AssertMarketoFault(20122);
        Assert.Contains("another type", answer.FaultMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeleteMObjects_ExactlyTheCallLimit_IsServed()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock, o => o.MaxMObjectsPerCall = 2);
        var first = emulator.Store.AddOpportunity(new StoredOpportunity());
        var second = emulator.Store.AddOpportunity(new StoredOpportunity());
        var caller = await WsdlDrivenCaller.LoadAsync(emulator, _clock);

        var answer = await caller.CallAsync("deleteMObjects", Objects(("Opportunity", first.Id), ("Opportunity", second.Id)));

        answer.AssertSuccess();
        Assert.Empty(emulator.Store.Opportunities);
    }

    [Fact]
    public async Task DeleteMObjects_ProgramWithAnId_FailsUnderItsOwnId()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        var program = emulator.Store.AddProgram(new StoredProgram { Name = "Kept" });
        var caller = await WsdlDrivenCaller.LoadAsync(emulator, _clock);

        var answer = await caller.CallAsync("deleteMObjects", Objects(("Program", program.Id)));

        var status = answer.Xml.Descendants("mObjStatus").Single();
        Assert.Equal((program.Id.ToString(CultureInfo.InvariantCulture), "FAILED"), (status.Element("id")!.Value, status.Element("status")!.Value));
    }

    private static XElement Objects(params (string Type, int Id)[] objects) => new(
        "mObjectList",
        objects.Select(o => new XElement("mObject", new XElement("type", o.Type), new XElement("id", o.Id))));
}
