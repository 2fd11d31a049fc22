// A customer's first use of the packages: start the emulator, sync leads and a Program cost,
// and check the answers. Exits 0 only when everything came back as expected.
using Marketo.Soap;
using Marketo.Soap.Models;
using Marketo.Soap.Testing;

await using var emulator = await MarketoSoapEmulator.StartAsync();
emulator.Store.AddProgram(new StoredProgram { Id = 1970, Name = "Consumer check" });
using var client = new MarketoSoapClient(emulator.CreateClientOptions());

var leads = await client.SyncMultipleLeadsAsync(new SyncMultipleLeadsRequest
{
    Leads = [new LeadRecord { Email = "first@example.com" }, new LeadRecord { Email = "second@example.com", Attributes = [new("Company", "Packaged")] }],
});
var programs = await client.SyncMObjectsAsync(new SyncMObjectsRequest
{
    Operation = MObjectOperation.Update,
    Objects = [new MObjectRecord { Type = MObjectTypes.Program, Id = 1970, TypeAttributes = [MObjectTypeAttribute.ProgramCost(new DateOnly(2026, 11, 1), 100m)] }],
});

var problems = new List<string>();
if (leads.Results.Count != 2 || leads.Results.Any(r => r.Status != LeadSyncStatus.Created))
{
    problems.Add($"leads: {string.Join(", ", leads.Results.Select(r => r.StatusText))}");
}

if (programs.Results.Single().Status != MObjectSyncStatus.Updated || emulator.Store.FindProgram(1970)?.Costs.Count != 1)
{
    problems.Add($"program: {programs.Results.Single().StatusText} {programs.Results.Single().Error}");
}

Console.WriteLine(problems.Count == 0
    ? $"Package consumer: {typeof(MarketoSoapClient).Assembly.GetName().Version} synced 2 leads and 1 program cost through the packages."
    : $"Package consumer failed: {string.Join("; ", problems)}");
return problems.Count == 0 ? 0 : 1;
