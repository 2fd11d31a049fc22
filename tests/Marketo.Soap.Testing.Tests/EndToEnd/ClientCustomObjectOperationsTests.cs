using Marketo.Soap.Models;
using Marketo.Soap.Testing.Tests.TestSupport;

namespace Marketo.Soap.Testing.Tests.EndToEnd;

/// <summary>The client's custom object operations against the emulator, over real HTTP, on the system clock.</summary>
public class ClientCustomObjectOperationsTests
{
    private static readonly StoredCustomObjectType Vehicle = new()
    {
        Name = "Vehicle",
        Fields = [new() { Name = "MKTOID", DataType = "integer", IsKey = true }, new() { Name = "vin", IsKey = true }, new() { Name = "make" }, new() { Name = "year", DataType = "integer" }],
    };

    private static async Task<MarketoSoapEmulator> StartAsync()
    {
        var emulator = await MarketoSoapEmulator.StartAsync(new MarketoSoapEmulatorOptions());
        emulator.Store.AddCustomObjectType(Vehicle);
        return emulator;
    }

    private static CustomObjectRecord Car(int lead, string vin, params (string Name, string Value)[] attributes) =>
        new() { Keys = [new("MKTOID", lead.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("vin", vin)], Attributes = [.. attributes.Select(a => new CustomObjectField(a.Name, a.Value))] };

    [Fact]
    public async Task SyncCustomObjectsAsync_UpsertTwice_CreatesThenUpdatesWhatTheStoreHolds()
    {
        await using var emulator = await StartAsync();
        using var client = new MarketoSoapClient(emulator.CreateClientOptions().WithoutRetries());

        var created = await client.SyncCustomObjectsAsync(new SyncCustomObjectsRequest { ObjectTypeName = "vehicle", Operation = CustomObjectSyncOperation.Upsert, Records = [Car(4101, "VIN-A", ("make", "Honda"), ("year", "2003"))] });
        var updated = await client.SyncCustomObjectsAsync(new SyncCustomObjectsRequest { ObjectTypeName = "Vehicle", Operation = CustomObjectSyncOperation.Upsert, Records = [Car(4101, "VIN-A", ("year", "2004")), Car(4101, "VIN-B", ("colour", "red"))] });

        Assert.Equal(CustomObjectSyncStatus.Created, Assert.Single(created.Results).Status);
        Assert.Equal([CustomObjectSyncStatus.Updated, CustomObjectSyncStatus.Failed], updated.Results.Select(r => r.Status));
        Assert.Equal("Unknown name attribute list: colour", updated.Results[1].Error);
        var stored = Assert.Single(emulator.Store.CustomObjects);
        Assert.Equal(("Honda", "2004"), (stored.Attributes["make"], stored.Attributes["year"]));
    }

    [Fact]
    public async Task GetCustomObjectsAsync_TwoHundredFiftyRecordsInPagesOfOneHundred_ReadsEachOnceInThreeCallsAndResumes()
    {
        await using var emulator = await StartAsync();
        for (var i = 0; i < 250; i++)
        {
            emulator.Store.AddCustomObject(new StoredCustomObject { Type = "Vehicle", Keys = new Dictionary<string, string> { ["MKTOID"] = "4101", ["vin"] = $"VIN-{i:D3}" } });
        }

        emulator.Store.AddCustomObject(new StoredCustomObject { Type = "Vehicle", Keys = new Dictionary<string, string> { ["MKTOID"] = "4102", ["vin"] = "OTHER" } });
        using var client = new MarketoSoapClient(emulator.CreateClientOptions().WithoutRetries());
        var request = new GetCustomObjectsRequest { ObjectTypeName = "Vehicle", Keys = [new("MKTOID", "4101")] };

        var pages = await client.GetCustomObjectsAsync(request).AsPages().ToListAsync();
        var rest = await client.GetCustomObjectsAsync(request).AsPages(pages[0].ContinuationToken).ToListAsync();

        Assert.Equal([100, 100, 50], pages.Select(p => p.Values.Count));
        Assert.Equal([150, 50, 0], pages.Select(p => p.RemainingCount));
        Assert.Equal(Enumerable.Range(0, 250).Select(i => $"VIN-{i:D3}"), pages.SelectMany(p => p.Values).Select(r => r.Keys[1].Value));
        Assert.Equal([100, 50], rest.Select(p => p.Values.Count));
    }

    [Fact]
    public async Task DeleteCustomObjectsAsync_OneExistingOneMissing_TheStoreShowsTheDeletion()
    {
        await using var emulator = await StartAsync();
        emulator.Store.AddCustomObject(new StoredCustomObject { Type = "Vehicle", Keys = new Dictionary<string, string> { ["MKTOID"] = "4101", ["vin"] = "VIN-A" } });
        emulator.Store.AddCustomObject(new StoredCustomObject { Type = "Vehicle", Keys = new Dictionary<string, string> { ["MKTOID"] = "4101", ["vin"] = "VIN-B" } });
        using var client = new MarketoSoapClient(emulator.CreateClientOptions().WithoutRetries());

        var result = await client.DeleteCustomObjectsAsync(new DeleteCustomObjectsRequest { ObjectTypeName = "Vehicle", Keys = [[new("MKTOID", "4101"), new("vin", "VIN-A")], [new("MKTOID", "4101"), new("vin", "VIN-Z")]] });

        Assert.Equal([CustomObjectSyncStatus.Deleted, CustomObjectSyncStatus.Failed], result.Results.Select(r => r.Status));
        Assert.Equal("VIN-B", Assert.Single(emulator.Store.CustomObjects).Keys["vin"]);
    }

    [Fact]
    public async Task SyncCustomObjectsAsync_UnknownObject_ThrowsWith20110()
    {
        await using var emulator = await StartAsync();
        using var client = new MarketoSoapClient(emulator.CreateClientOptions().WithoutRetries());

        var failure = await Assert.ThrowsAsync<MarketoSoapException>(() => client.SyncCustomObjectsAsync(new SyncCustomObjectsRequest { ObjectTypeName = "Boat", Operation = CustomObjectSyncOperation.Insert, Records = [Car(1, "X")] }));

        Assert.Equal(20110, failure.ErrorCode?.Value);
    }

    [Fact]
    public async Task BulkSyncCustomObjectsAsync_ThreeHundredFiftyRecords_StoresEveryRecordOnceInInputOrder()
    {
        await using var emulator = await StartAsync();
        using var client = new MarketoSoapClient(emulator.CreateClientOptions().WithoutRetries());
        var input = Enumerable.Range(0, 350).Select(i => Car(4101, $"VIN-{i:D3}", ("make", "Fiat"))).ToList();

        var results = await client.BulkSyncCustomObjectsAsync("Vehicle", CustomObjectSyncOperation.Insert, input.ToAsyncEnumerable()).ToListAsync();

        Assert.Equal(Enumerable.Range(0, 350), results.Select(r => r.Index));
        Assert.All(results, r => Assert.Equal(CustomObjectSyncStatus.Created, r.Status));
        Assert.Equal(350, emulator.Store.CustomObjects.Select(o => o.Keys["vin"]).Distinct().Count());
        Assert.Equal(4, emulator.Exchanges.Count);
    }
}
