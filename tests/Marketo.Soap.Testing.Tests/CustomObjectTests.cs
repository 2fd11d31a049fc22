using System.Xml.Linq;
using Marketo.Soap.Testing.Tests.TestSupport;

namespace Marketo.Soap.Testing.Tests;

/// <summary>getCustomObjects, syncCustomObjects and deleteCustomObjects (operations facts §7), over HTTP with hand-written SOAP.</summary>
public class CustomObjectTests
{
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _clock = TestClock.Create();

    private static string SeedPath => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Seeds", "vehicles.json");

    private static XElement Attributes(string name, params (string Name, string Value)[] pairs) =>
        new(name, pairs.Select(p => new XElement("attribute", new XElement("attrName", p.Name), new XElement("attrValue", p.Value))));

    private static XElement Sync(string type, string? operation, params XElement[] records) => new(
        Wire.Mktows + "paramsSyncCustomObjects",
        new XElement("objTypeName", type),
        new XElement("customObjList", records),
        operation is null ? null : new XElement("operation", operation));

    private static XElement Record((string, string)[] keys, params (string, string)[] attributes) => new(
        "customObj",
        Attributes("customObjKeyList", keys),
        attributes.Length == 0 ? null : Attributes("customObjAttributeList", attributes));

    private static XElement Get(string type, (string, string)[] keys, string? position = null, int? batchSize = null, params string[] include) => new(
        Wire.Mktows + "paramsGetCustomObjects",
        new XElement("objTypeName", type),
        position is null ? null : new XElement("streamPosition", position),
        batchSize is null ? null : new XElement("batchSize", batchSize),
        Attributes("customObjKeyList", keys),
        new XElement("includeAttributes", include.Select(i => new XElement("stringItem", i))));

    private static XElement Delete(string type, params (string, string)[][] keyLists) => new(
        Wire.Mktows + "paramsDeleteCustomObjects",
        new XElement("objTypeName", type),
        new XElement("customObjKeyLists", keyLists.Select(k => Attributes("keyList", k))));

    private static string[] Statuses(SoapAnswer answer) => [.. answer.Xml.Descendants("syncCustomObjStatus").Select(s => s.Element("status")!.Value)];

    private static List<string?> Errors(SoapAnswer answer) =>
        [.. answer.Xml.Descendants("syncCustomObjStatus").Select(s => s.Element("error")!.Attribute(Wire.Xsi + "nil") is null ? s.Element("error")!.Value : null)];

    private async Task<MarketoSoapEmulator> StartSeededAsync()
    {
        var emulator = await TestEmulator.StartAsync(_clock);
        emulator.SeedFromFile(SeedPath);
        return emulator;
    }

    [Fact]
    public async Task Sync_UpsertNewAndExisting_CreatesAndUpdatesKeepingUnsentFields()
    {
        await using var emulator = await StartSeededAsync();

        var answer = await emulator.PostAsync(
            Sync("Vehicle", "UPSERT", Record([("MKTOID", "4101"), ("vin", "VIN-A")], ("year", "2004")), Record([("MKTOID", "4103"), ("vin", "VIN-D")], ("make", "Fiat"))),
            _clock);

        answer.AssertSuccess();
        Assert.Equal(["UPDATED", "CREATED"], Statuses(answer));
        Assert.Equal(new List<string?> { null, null }, Errors(answer));
        var a = emulator.Store.CustomObjects.Single(o => o.Keys["vin"] == "VIN-A");
        Assert.Equal(("Honda", "2004"), (a.Attributes["make"], a.Attributes["year"]));
        Assert.Equal("Fiat", emulator.Store.CustomObjects.Single(o => o.Keys["vin"] == "VIN-D").Attributes["make"]);
        Assert.Empty(WsdlSchema.ValidateBody(answer.Xml));
    }

    [Fact]
    public async Task Sync_EchoesTheKeysAsSentAndTheDeclaredTypeName()
    {
        await using var emulator = await StartSeededAsync();

        var answer = await emulator.PostAsync(Sync("VEHICLE", "UPSERT", Record([("vin", "VIN-E"), ("MKTOID", "4101")])), _clock);

        var status = answer.Xml.Descendants("syncCustomObjStatus").Single();
        Assert.Equal("Vehicle", status.Element("objTypeName")!.Value);
        Assert.Equal(["vin", "MKTOID"], status.Descendants("attrName").Select(n => n.Value));
        Assert.All(status.Descendants("attrType"), t => Assert.Equal("true", t.Attribute(Wire.Xsi + "nil")?.Value));
    }

    [Fact]
    public async Task Sync_InsertOfExistingAndUpdateOfMissing_FailThoseRecordsOnly()
    {
        await using var emulator = await StartSeededAsync();

        var insert = await emulator.PostAsync(Sync("Vehicle", "INSERT", Record([("MKTOID", "4101"), ("vin", "VIN-A")]), Record([("MKTOID", "4101"), ("vin", "VIN-N")])), _clock);
        var update = await emulator.PostAsync(Sync("Vehicle", "UPDATE", Record([("MKTOID", "4101"), ("vin", "VIN-M")], ("make", "Kia"))), _clock);

        Assert.Equal(["FAILED", "CREATED"], Statuses(insert));
        Assert.Contains("already exists", Errors(insert)[0], StringComparison.Ordinal);
        Assert.Equal(["FAILED"], Statuses(update));
        Assert.DoesNotContain(emulator.Store.CustomObjects, o => o.Keys["vin"] == "VIN-M");
        Assert.Equal(4, emulator.Store.CustomObjects.Count);
    }

    [Fact]
    public async Task Sync_WithoutOperation_Upserts()
    {
        await using var emulator = await StartSeededAsync();

        var answer = await emulator.PostAsync(Sync("Vehicle", null, Record([("MKTOID", "4101"), ("vin", "VIN-A")], ("make", "Acura"))), _clock);

        Assert.Equal(["UPDATED"], Statuses(answer));
    }

    public static TheoryData<string, string> BadRecords => new()
    {
        { "unknown value field", "Unknown name attribute list: colour" },
        { "unknown key field", "Unknown name key list: plate" },
        { "value field as key", "Not a key field, key list: make" },
        { "missing key field", "Missing key field key list: vin" },
        { "key field as value", "Key field in attribute list: vin" },
        { "text in an integer field", "Invalid value attribute list: year: 'new' is not a integer" },
    };

    [Theory]
    [MemberData(nameof(BadRecords))]
    public async Task Sync_RecordThatDoesNotFit_FailsAloneWithItsReason(string problem, string error)
    {
        await using var emulator = await StartSeededAsync();
        var bad = problem switch
        {
            "unknown value field" => Record([("MKTOID", "4101"), ("vin", "VIN-X")], ("colour", "red")),
            "unknown key field" => Record([("MKTOID", "4101"), ("plate", "AB-12")]),
            "value field as key" => Record([("MKTOID", "4101"), ("vin", "VIN-X"), ("make", "Kia")]),
            "missing key field" => Record([("MKTOID", "4101")]),
            "key field as value" => Record([("MKTOID", "4101"), ("vin", "VIN-X")], ("vin", "VIN-Y")),
            "text in an integer field" => Record([("MKTOID", "4101"), ("vin", "VIN-X")], ("year", "new")),
            _ => throw new ArgumentOutOfRangeException(nameof(problem), problem, null),
        };

        var answer = await emulator.PostAsync(Sync("Vehicle", "UPSERT", bad, Record([("MKTOID", "4101"), ("vin", "VIN-OK")])), _clock);

        answer.AssertSuccess();
        Assert.Equal(["FAILED", "CREATED"], Statuses(answer));
        Assert.Equal(new List<string?> { error, null }, Errors(answer));
        Assert.DoesNotContain(emulator.Store.CustomObjects, o => o.Keys.GetValueOrDefault("vin") == "VIN-X");
        Assert.Empty(WsdlSchema.ValidateBody(answer.Xml));
    }

    [Fact]
    public async Task Sync_UnknownObject_FailsTheWholeCallWith20110()
    {
        await using var emulator = await StartSeededAsync();

        var answer = await emulator.PostAsync(Sync("Boat", "UPSERT", Record([("MKTOID", "4101"), ("vin", "VIN-X")])), _clock);

        answer.AssertMarketoFault(20110);
        Assert.Equal("Object name is not valid (20110)", answer.FaultMessage);
        Assert.Equal(3, emulator.Store.CustomObjects.Count);
    }

    [Fact]
    public async Task Sync_HundredAndOneRecords_FailsWith20110AndWritesNothing()
    {
        await using var emulator = await StartSeededAsync();
        var records = Enumerable.Range(0, 101).Select(i => Record([("MKTOID", "4101"), ("vin", $"V{i}")])).ToArray();

        (await emulator.PostAsync(Sync("Vehicle", "UPSERT", records), _clock)).AssertMarketoFault(20110);
        (await emulator.PostAsync(Sync("Vehicle", "UPSERT", records[..100]), _clock)).AssertSuccess();

        Assert.Equal(103, emulator.Store.CustomObjects.Count);
    }

    [Fact]
    public async Task Get_ByLeadLink_ReturnsItsRecordsInOrderWithKeysAndFields()
    {
        await using var emulator = await StartSeededAsync();

        var answer = await emulator.PostAsync(Get("vehicle", [("MKTOID", "4101")]), _clock);

        answer.AssertSuccess();
        Assert.Equal(("Vehicle", 2, 0), (answer.Text("objTypeName"), answer.Number("returnCount"), answer.Number("remainingCount")));
        Assert.Equal("{\"ky\":[\"4101\"],\"os\":2}", answer.Text("newStreamPosition"));
        var first = answer.Xml.Descendants("customObj").First();
        Assert.Equal(["MKTOID", "vin"], first.Element("customObjKeyList")!.Descendants("attrName").Select(n => n.Value));
        Assert.Equal(["make", "year"], first.Element("customObjAttributeList")!.Descendants("attrName").Select(n => n.Value));
        Assert.Equal(["VIN-A", "VIN-B"], answer.Xml.Descendants("customObjKeyList").Select(k => k.Descendants("attrValue").Last().Value));
        Assert.Empty(WsdlSchema.ValidateBody(answer.Xml));
    }

    [Fact]
    public async Task Get_IncludeAttributes_ReturnsOnlyThoseValueFields()
    {
        await using var emulator = await StartSeededAsync();

        var answer = await emulator.PostAsync(Get("Vehicle", [("MKTOID", "4101"), ("vin", "VIN-B")], include: ["year"]), _clock);

        var record = answer.Xml.Descendants("customObj").Single();
        Assert.Equal(["year"], record.Element("customObjAttributeList")!.Descendants("attrName").Select(n => n.Value));
    }

    [Fact]
    public async Task Get_PagesOfOne_CarryTheRemainingCountAndResumeFromThePosition()
    {
        await using var emulator = await StartSeededAsync();

        var first = await emulator.PostAsync(Get("Vehicle", [("MKTOID", "4101")], batchSize: 1), _clock);
        var second = await emulator.PostAsync(Get("Vehicle", [("MKTOID", "4101")], first.Text("newStreamPosition"), 1), _clock);

        Assert.Equal((1, 1), (first.Number("returnCount"), first.Number("remainingCount")));
        Assert.Equal((1, 0), (second.Number("returnCount"), second.Number("remainingCount")));
        Assert.Equal("VIN-B", second.Xml.Descendants("customObjKeyList").Single().Descendants("attrValue").Last().Value);
    }

    [Fact]
    public async Task Get_NoMatch_AnswersEmptyListWithCountsZeroAndAPosition()
    {
        await using var emulator = await StartSeededAsync();

        var answer = await emulator.PostAsync(Get("Vehicle", [("MKTOID", "9999")]), _clock);

        Assert.Equal((0, 0, "{\"ky\":[\"9999\"],\"os\":0}"), (answer.Number("returnCount"), answer.Number("remainingCount"), answer.Text("newStreamPosition")));
        Assert.Empty(answer.Xml.Descendants("customObj"));
    }

    [Theory]
    [InlineData("Boat", "MKTOID", null, 20110)]
    [InlineData("Vehicle", "colour", null, 20110)]
    [InlineData("Vehicle", "MKTOID", "not a position", 20122)]
    [InlineData("Vehicle", "MKTOID", "{\"ky\":[\"4102\"],\"os\":1}", 20122)]
    public async Task Get_UnknownObjectOrFieldOrForeignPosition_Faults(string type, string keyName, string? position, int code)
    {
        await using var emulator = await StartSeededAsync();

        var answer = await emulator.PostAsync(Get(type, [(keyName, "4101")], position), _clock);

        answer.AssertMarketoFault(code);
    }

    [Fact]
    public async Task Delete_ExistingAndMissingKeys_DeletesOneAndFailsTheOther()
    {
        await using var emulator = await StartSeededAsync();

        var answer = await emulator.PostAsync(Delete("Vehicle", [("MKTOID", "4101"), ("vin", "VIN-A")], [("MKTOID", "4101"), ("vin", "VIN-Z")]), _clock);

        answer.AssertSuccess();
        Assert.Equal(["DELETED", "FAILED"], Statuses(answer));
        Assert.Single(answer.Xml.Descendants("deleteCustomObjStatusList"));
        Assert.Equal(["VIN-B", "VIN-C"], emulator.Store.CustomObjects.Select(o => o.Keys["vin"]));
        Assert.Empty(WsdlSchema.ValidateBody(answer.Xml));
    }

    [Fact]
    public async Task Delete_UnknownObject_FailsWith20110()
    {
        await using var emulator = await StartSeededAsync();

        (await emulator.PostAsync(Delete("Boat", [("MKTOID", "4101"), ("vin", "VIN-A")]), _clock)).AssertMarketoFault(20110);
    }

    [Fact]
    public async Task RequestFixturesInPhpSoapClientStyle_AreServedInStrictMode()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock, o => o.Strict = true);
        emulator.SeedFromFile(SeedPath);

        var sync = await emulator.PostFixtureAsync(Fixtures.ReadRecorded("syncCustomObjects.request.upsert-two-vehicles.xml"), _clock);
        var get = await emulator.PostFixtureAsync(Fixtures.ReadRecorded("getCustomObjects.request.by-lead-first-page.xml"), _clock);
        var delete = await emulator.PostFixtureAsync(Fixtures.ReadRecorded("deleteCustomObjects.request.two-keys.xml"), _clock);

        Assert.Equal(["CREATED", "CREATED"], Statuses(sync));
        Assert.Equal(3, get.Number("returnCount"));
        Assert.Equal(["DELETED", "FAILED"], Statuses(delete));
        Assert.Empty(emulator.Warnings);
    }

    [Fact]
    public void Store_DeclaringATypeWithoutKeyOrTwiceOrWithFiftyOneFields_OrARecordThatDoesNotFit_IsRefused()
    {
        var store = new MarketoEmulatorStore();
        store.AddCustomObjectType(new StoredCustomObjectType { Name = "Vehicle", Fields = [new() { Name = "vin", IsKey = true }, new() { Name = "year", DataType = "integer" }] });

        Assert.Throws<ArgumentException>(() => store.AddCustomObjectType(new StoredCustomObjectType { Name = "VEHICLE", Fields = [new() { Name = "id", IsKey = true }] }));
        Assert.Throws<ArgumentException>(() => store.AddCustomObjectType(new StoredCustomObjectType { Name = "Boat", Fields = [new() { Name = "name" }] }));
        Assert.Throws<ArgumentException>(() => store.AddCustomObjectType(new StoredCustomObjectType { Name = "Boat", Fields = [.. Enumerable.Range(0, 51).Select(i => new StoredCustomObjectField { Name = $"f{i}", IsKey = i == 0 })] }));
        Assert.Throws<ArgumentException>(() => store.AddCustomObjectType(new StoredCustomObjectType { Name = "Boat", Fields = [new() { Name = "id", IsKey = true, DataType = "blob" }] }));
        Assert.Throws<ArgumentException>(() => store.AddCustomObject(new StoredCustomObject { Type = "Boat", Keys = new Dictionary<string, string> { ["id"] = "1" } }));
        Assert.Throws<ArgumentException>(() => store.AddCustomObject(new StoredCustomObject { Type = "Vehicle", Keys = new Dictionary<string, string> { ["vin"] = "A" }, Attributes = new Dictionary<string, string> { ["year"] = "soon" } }));
        store.AddCustomObject(new StoredCustomObject { Type = "vehicle", Keys = new Dictionary<string, string> { ["vin"] = "A" } });
        Assert.Throws<ArgumentException>(() => store.AddCustomObject(new StoredCustomObject { Type = "Vehicle", Keys = new Dictionary<string, string> { ["vin"] = "A" } }));
        Assert.Equal("Vehicle", Assert.Single(store.CustomObjects).Type);

        store.Clear();

        Assert.Empty(store.CustomObjectTypes);
        Assert.Empty(store.CustomObjects);
    }
}
