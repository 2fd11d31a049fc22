using Marketo.Soap.Testing.Tests.TestSupport;

namespace Marketo.Soap.Testing.Tests.Seeds;

/// <summary>Custom object types and records through seed files, the admin API and a state folder.</summary>
public class CustomObjectSeedTests
{
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _clock = TestClock.Create();

    private static string Seed(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Seeds", name));

    [Fact]
    public async Task AdminSeed_DeclaresTheTypeWithItsFieldsAndStoresTheRecords()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock, o => o.AdminApi = true);

        (await emulator.PostAdminAsync("seed", Seed("vehicles.json"))).AssertOk();

        var type = Assert.Single(emulator.Store.CustomObjectTypes);
        Assert.Equal("Vehicle", type.Name);
        Assert.Equal([("MKTOID", "integer", true), ("vin", "string", true), ("make", "string", false), ("year", "integer", false)], type.Fields.Select(f => (f.Name, f.DataType, f.IsKey)));
        Assert.Equal(["VIN-A", "VIN-B", "VIN-C"], emulator.Store.CustomObjects.Select(o => o.Keys["vin"]));
        Assert.Equal(("Vehicle", "4101", "2003"), (emulator.Store.CustomObjects[0].Type, emulator.Store.CustomObjects[0].Keys["MKTOID"], emulator.Store.CustomObjects[0].Attributes["year"]));
    }

    [Theory]
    [InlineData("""{ "customObjects": [{ "type": "Boat", "keys": { "id": "1" } }] }""", "customObjects[0]")]
    [InlineData("""{ "customObjectTypes": [{ "name": "Boat", "fields": [{ "name": "id" }] }] }""", "customObjectTypes[0]")]
    [InlineData("""{ "customObjectTypes": [{ "name": "Boat", "fields": [{ "name": "id", "isKey": true }] }], "customObjects": [{ "type": "Boat", "keys": { "id": "1" }, "attributes": { "colour": "red" } }] }""", "Unknown name attribute list: colour")]
    public async Task AdminSeed_RecordThatCannotBeStored_IsRefusedNamingItAndChangesNothing(string json, string expected)
    {
        await using var emulator = await TestEmulator.StartAsync(_clock, o => o.AdminApi = true);
        (await emulator.PostAdminAsync("seed", Seed("vehicles.json"))).AssertOk();

        var problem = (await emulator.PostAdminAsync("seed", json)).AssertProblem(400);

        Assert.Contains(expected, problem, StringComparison.Ordinal);
        Assert.Single(emulator.Store.CustomObjectTypes);
        Assert.Equal(3, emulator.Store.CustomObjects.Count);
    }

    [Fact]
    public async Task StateFolder_CustomObjectTypesAndRecordsSurviveARestart()
    {
        var folder = Directory.CreateTempSubdirectory("emulator-state-").FullName;
        try
        {
            await using (var first = await TestEmulator.StartAsync(_clock, o => { o.AdminApi = true; o.StateFolder = folder; }))
            {
                (await first.PostAdminAsync("seed", Seed("vehicles.json"))).AssertOk();
                var sync = new System.Xml.Linq.XElement(
                    Wire.Mktows + "paramsSyncCustomObjects",
                    new System.Xml.Linq.XElement("objTypeName", "Vehicle"),
                    new System.Xml.Linq.XElement(
                        "customObjList",
                        new System.Xml.Linq.XElement(
                            "customObj",
                            new System.Xml.Linq.XElement(
                                "customObjKeyList",
                                new System.Xml.Linq.XElement("attribute", new System.Xml.Linq.XElement("attrName", "MKTOID"), new System.Xml.Linq.XElement("attrValue", "4102")),
                                new System.Xml.Linq.XElement("attribute", new System.Xml.Linq.XElement("attrName", "vin"), new System.Xml.Linq.XElement("attrValue", "VIN-D"))))),
                    new System.Xml.Linq.XElement("operation", "INSERT"));
                (await first.PostAsync(sync, _clock)).AssertSuccess();
            }

            await using var second = await TestEmulator.StartAsync(_clock, o => { o.AdminApi = true; o.StateFolder = folder; });

            Assert.Equal([("MKTOID", true), ("vin", true), ("make", false), ("year", false)], Assert.Single(second.Store.CustomObjectTypes).Fields.Select(f => (f.Name, f.IsKey)));
            Assert.Equal(["VIN-A", "VIN-B", "VIN-C", "VIN-D"], second.Store.CustomObjects.Select(o => o.Keys["vin"]));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
