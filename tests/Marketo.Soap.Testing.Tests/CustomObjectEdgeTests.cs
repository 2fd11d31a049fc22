using System.Xml.Linq;
using Marketo.Soap.Testing.Tests.TestSupport;

namespace Marketo.Soap.Testing.Tests;

/// <summary>The edges of getCustomObjects and deleteCustomObjects: batch sizes, blank inputs, hand-written positions, the call limit, nil errors.</summary>
public class CustomObjectEdgeTests
{
    private static readonly (string, string)[] OwnerKey = [("MKTOID", "4101")];

    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _clock = TestClock.Create();

    [Fact]
    public async Task Delete_DeletedRecord_HasAnErrorMarkedNil()
    {
        await using var emulator = await StartSeededAsync();

        var answer = await emulator.PostAsync(Delete([("MKTOID", "4101"), ("vin", "VIN-A")]), _clock);

        var error = answer.Xml.Descendants("syncCustomObjStatus").Single().Element("error")!;
        Assert.Equal("true", (string?)error.Attribute(Wire.Xsi + "nil"));
    }

    [Fact]
    public async Task Delete_HundredAndOneKeyLists_FailsWith20110AndDeletesNothing()
    {
        await using var emulator = await StartSeededAsync();
        var keyLists = Enumerable.Range(0, 101).Select(_ => new[] { ("MKTOID", "4101"), ("vin", "VIN-A") }).ToArray();

        var answer = await emulator.PostAsync(Delete(keyLists), _clock);

        answer.AssertMarketoFault(20110);
        Assert.Equal(3, emulator.Store.CustomObjects.Count);
    }

    [Fact]
    public async Task Get_BatchSizeZero_FailsWith20110()
    {
        await using var emulator = await StartSeededAsync();

        var answer = await emulator.PostAsync(Get(OwnerKey, batchSize: 0), _clock);

        answer.AssertMarketoFault(20110);
    }

    [Fact]
    public async Task Get_IncludeAttributesHoldingOnlyABlankName_ReturnsEveryValueField()
    {
        await using var emulator = await StartSeededAsync();

        var answer = await emulator.PostAsync(Get(OwnerKey, include: " "), _clock);

        var first = answer.Xml.Descendants("customObj").First();
        Assert.Equal(["make", "year"], first.Element("customObjAttributeList")!.Descendants("attrName").Select(n => n.Value));
    }

    [Theory]
    [InlineData("  ")]
    [InlineData("{\"ky\":[\"4101\"],\"os\":0}")]
    public async Task Get_BlankPositionOrOneAtOffsetZero_StartsAtTheFirstRecord(string position)
    {
        await using var emulator = await StartSeededAsync();

        var answer = await emulator.PostAsync(Get(OwnerKey, position, batchSize: 1), _clock);

        answer.AssertSuccess();
        Assert.Equal((1, 1), (answer.Number("returnCount"), answer.Number("remainingCount")));
        Assert.Equal("VIN-A", answer.Xml.Descendants("customObjKeyList").Single().Descendants("attrValue").Last().Value);
    }

    [Theory]
    [InlineData("{\"ky\":[\"4101\"],\"os\":-1}")]
    [InlineData("{\"os\":1}")]
    public async Task Get_PositionWithANegativeOffsetOrNoKeys_FailsWith20122(string position)
    {
        await using var emulator = await StartSeededAsync();

        var answer = await emulator.PostAsync(Get(OwnerKey, position), _clock);

        answer.AssertMarketoFault(20122);
    }

    private async Task<MarketoSoapEmulator> StartSeededAsync()
    {
        var emulator = await TestEmulator.StartAsync(_clock);
        emulator.SeedFromFile(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Seeds", "vehicles.json"));
        return emulator;
    }

    private static XElement Pairs(string name, (string Name, string Value)[] pairs) =>
        new(name, pairs.Select(p => new XElement("attribute", new XElement("attrName", p.Name), new XElement("attrValue", p.Value))));

    private static XElement Get((string, string)[] keys, string? position = null, int? batchSize = null, params string[] include) => new(
        Wire.Mktows + "paramsGetCustomObjects",
        new XElement("objTypeName", "Vehicle"),
        position is null ? null : new XElement("streamPosition", position),
        batchSize is null ? null : new XElement("batchSize", batchSize),
        Pairs("customObjKeyList", keys),
        new XElement("includeAttributes", include.Select(i => new XElement("stringItem", i))));

    private static XElement Delete(params (string, string)[][] keyLists) => new(
        Wire.Mktows + "paramsDeleteCustomObjects",
        new XElement("objTypeName", "Vehicle"),
        new XElement("customObjKeyLists", keyLists.Select(k => Pairs("keyList", k))));
}
