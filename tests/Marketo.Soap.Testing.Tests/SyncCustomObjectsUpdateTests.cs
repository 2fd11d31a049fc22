using System.Xml.Linq;
using Marketo.Soap.Testing.Tests.TestSupport;

namespace Marketo.Soap.Testing.Tests;

/// <summary>syncCustomObjects UPDATE (operations facts §7.2) finds every stored record, the first one included.</summary>
public class SyncCustomObjectsUpdateTests
{
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _clock = TestClock.Create();

    [Fact]
    public async Task Update_OfTheFirstStoredRecord_UpdatesIt()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        emulator.Store.AddCustomObjectType(new StoredCustomObjectType { Name = "Vehicle", Fields = [new() { Name = "vin", IsKey = true }, new() { Name = "make" }] });
        emulator.Store.AddCustomObject(new StoredCustomObject { Type = "Vehicle", Keys = new Dictionary<string, string> { ["vin"] = "A" }, Attributes = new Dictionary<string, string> { ["make"] = "Ford" } });
        emulator.Store.AddCustomObject(new StoredCustomObject { Type = "Vehicle", Keys = new Dictionary<string, string> { ["vin"] = "B" } });

        var answer = await emulator.PostAsync(
            new XElement(
                Wire.Mktows + "paramsSyncCustomObjects",
                new XElement("objTypeName", "Vehicle"),
                new XElement("customObjList", new XElement("customObj", Pairs("customObjKeyList", ("vin", "A")), Pairs("customObjAttributeList", ("make", "Kia")))),
                new XElement("operation", "UPDATE")),
            _clock);

        answer.AssertSuccess();
        Assert.Equal("UPDATED", answer.Xml.Descendants("syncCustomObjStatus").Single().Element("status")!.Value);
        Assert.Equal(["Kia"], emulator.Store.CustomObjects.Where(o => o.Keys["vin"] == "A").Select(o => o.Attributes["make"]));
        Assert.Equal(2, emulator.Store.CustomObjects.Count);
    }

    private static XElement Pairs(string name, params (string Name, string Value)[] pairs) =>
        new(name, pairs.Select(p => new XElement("attribute", new XElement("attrName", p.Name), new XElement("attrValue", p.Value))));
}
