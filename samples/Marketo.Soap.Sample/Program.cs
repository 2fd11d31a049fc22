// Syncs the leads in leads.csv and adds a month of cost to a Program, then prints what Marketo did.
//
// With no endpoint configured, it starts the Marketo emulator in-process and talks to that.
// To talk to another server, give its endpoint, user id and key, on the command line
//   dotnet run --project samples/Marketo.Soap.Sample -- --endpoint https://… --user-id … --encryption-key … --program-id 1970
// or as environment variables MARKETO__ENDPOINT, MARKETO__USERID, MARKETO__ENCRYPTIONKEY, SAMPLE__PROGRAMID.
using System.Globalization;
using Marketo.Soap;
using Marketo.Soap.Bulk;
using Marketo.Soap.Models;
using Marketo.Soap.Sample;
using Marketo.Soap.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

var builder = Host.CreateApplicationBuilder(args);
builder.Configuration.AddCommandLine(args, new Dictionary<string, string>
{
    ["--endpoint"] = "Marketo:Endpoint",
    ["--user-id"] = "Marketo:UserId",
    ["--encryption-key"] = "Marketo:EncryptionKey",
    ["--program-id"] = "Sample:ProgramId",
    ["--csv"] = "Sample:Csv",
});
builder.Logging.SetMinimumLevel(LogLevel.Warning);

await using MarketoSoapEmulator? emulator = builder.Configuration["Marketo:Endpoint"] is null ? await SampleEmulator.StartAsync() : null;
if (emulator is not null)
{
    builder.Configuration.AddInMemoryCollection(SampleEmulator.ClientConfiguration(emulator));
    Console.WriteLine($"No endpoint configured: using the in-process Marketo emulator at {emulator.Endpoint}");
}

builder.Services.AddMarketoSoapClient(builder.Configuration.GetSection("Marketo"));
using var host = builder.Build();
await host.StartAsync(); // validates the options: bad configuration stops here, listing every problem
var marketo = host.Services.GetRequiredService<IMarketoSoapClient>();

// 1. Leads from the CSV, in batches, with progress.
var csv = builder.Configuration["Sample:Csv"] ?? Path.Combine(AppContext.BaseDirectory, "leads.csv");
var progress = new BulkSyncOptions
{
    Progress = new Progress<BulkSyncProgress>(p => Console.WriteLine($"  … {p.RecordsSent} leads sent in {p.CallsMade} calls")),
};
var leadRows = new List<string[]>();
await foreach (var result in marketo.BulkSyncLeadsAsync(LeadCsv.ReadAsync(csv), dedupEnabled: true, options: progress))
{
    leadRows.Add([(result.Index + 1).ToString(CultureInfo.InvariantCulture), result.Lead.Email ?? "", result.Status.ToString(), result.LeadId.ToString(CultureInfo.InvariantCulture), result.Error ?? ""]);
}

Console.WriteLine($"\nLeads from {Path.GetFileName(csv)}:");
ConsoleTable.Write(Console.Out, ["#", "Email", "Status", "Lead id", "Error"], leadRows);

// 2. A month of cost on a Program (Programs accept Update only).
var programId = int.Parse(builder.Configuration["Sample:ProgramId"] ?? throw new InvalidOperationException("Give the Program to update with --program-id."), CultureInfo.InvariantCulture);
var month = new DateOnly(DateTime.UtcNow.Year, DateTime.UtcNow.Month, 1);
var programs = await marketo.SyncMObjectsAsync(new SyncMObjectsRequest
{
    Operation = MObjectOperation.Update,
    Objects = [new MObjectRecord { Type = MObjectTypes.Program, Id = programId, TypeAttributes = [MObjectTypeAttribute.ProgramCost(month, 2500m, note: "Added by the Marketo.Soap sample")] }],
});

Console.WriteLine("Program cost:");
ConsoleTable.Write(
    Console.Out,
    ["Program", "Month", "Amount", "Status", "Error"],
    programs.Results.Select(r => new[] { r.Record.Id?.ToString(CultureInfo.InvariantCulture) ?? "", month.ToString("yyyy-MM", CultureInfo.InvariantCulture), "2500", r.Status.ToString(), r.Error ?? "" }));

await host.StopAsync();
var failed = leadRows.Count(r => r[2] == nameof(LeadSyncStatus.Failed)) + programs.Results.Count(r => !r.Succeeded);
Console.WriteLine(failed == 0 ? "Done: every record synced." : $"Done: {failed} records failed; see the tables above.");
return failed == 0 ? 0 : 1;
