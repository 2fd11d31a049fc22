using System.Globalization;
using Marketo.Soap.Bulk;
using Marketo.Soap.Models;
using Marketo.Soap.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Marketo.Soap.Sample;

/// <summary>The sample from its arguments to its exit code: 0 all synced, 1 some records failed or Marketo failed, 2 a usage or configuration problem.</summary>
internal static class SampleRun
{
    public const int Succeeded = 0;
    public const int RecordsFailed = 1;
    public const int UsageError = 2;

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter errors)
    {
        var commandLine = SampleCommandLine.Parse(args);
        if (commandLine.ShowHelp || commandLine.Error is not null)
        {
            if (commandLine.Error is { } error)
            {
                await errors.WriteLineAsync($"error: {error}");
                return UsageError;
            }

            await output.WriteLineAsync(SampleCommandLine.Usage);
            return Succeeded;
        }

        // The arguments are read here, not by the host, so that no argument can make it throw.
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(commandLine.Settings);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);

        // Checked before anything is started or sent.
        if (SampleCommandLine.CheckTarget(builder.Configuration["Marketo:Endpoint"], builder.Configuration["Sample:ProgramId"]) is { } problem)
        {
            await errors.WriteLineAsync($"error: {problem}");
            return UsageError;
        }

        await using MarketoSoapEmulator? emulator = builder.Configuration["Marketo:Endpoint"] is null ? await SampleEmulator.StartAsync() : null;
        if (emulator is not null)
        {
            builder.Configuration.AddInMemoryCollection(SampleEmulator.ClientConfiguration(emulator));
            await output.WriteLineAsync($"No endpoint configured: using the in-process Marketo emulator at {emulator.Endpoint}");
        }

        builder.Services.AddMarketoSoapClient(builder.Configuration.GetSection("Marketo"));
        using var host = builder.Build();
        try
        {
            await host.StartAsync(); // validates the options: bad configuration stops here, listing every problem
        }
        catch (OptionsValidationException invalid)
        {
            await errors.WriteLineAsync($"error: {string.Join(" ", invalid.Failures)}");
            return UsageError;
        }

        try
        {
            var marketo = host.Services.GetRequiredService<IMarketoSoapClient>();
            var csv = builder.Configuration["Sample:Csv"] ?? Path.Combine(AppContext.BaseDirectory, "leads.csv");
            var programId = int.Parse(builder.Configuration["Sample:ProgramId"]!, CultureInfo.InvariantCulture);
            var failed = await SyncLeadsAsync(marketo, csv, output) + await AddProgramCostAsync(marketo, programId, output);
            await output.WriteLineAsync(failed == 0 ? "Done: every record synced." : $"Done: {failed} records failed; see the tables above.");
            return failed == 0 ? Succeeded : RecordsFailed;
        }
        catch (MarketoSoapException failure)
        {
            // Marketo (or the way to it) failed for good: say what happened, in one line.
            await errors.WriteLineAsync($"error: {failure.Message}");
            return RecordsFailed;
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            await errors.WriteLineAsync($"error: the leads file could not be read: {failure.Message}");
            return UsageError;
        }
        finally
        {
            await host.StopAsync();
        }
    }

    /// <summary>1. Leads from the CSV, in batches, with progress.</summary>
    /// <returns>How many leads failed.</returns>
    private static async Task<int> SyncLeadsAsync(IMarketoSoapClient marketo, string csv, TextWriter output)
    {
        var options = new BulkSyncOptions
        {
            // Not Progress<T>: without a synchronization context it runs each report on the thread
            // pool, where they can print out of order. The job reports in order, one at a time.
            Progress = new ConsoleProgress(output),
        };

        var rows = new List<string[]>();
        await foreach (var result in marketo.BulkSyncLeadsAsync(LeadCsv.ReadAsync(csv), dedupEnabled: true, options: options))
        {
            rows.Add([(result.Index + 1).ToString(CultureInfo.InvariantCulture), result.Lead.Email ?? "", result.Status.ToString(), result.LeadId?.ToString(CultureInfo.InvariantCulture) ?? "", result.Error ?? ""]);
        }

        await output.WriteLineAsync($"\nLeads from {Path.GetFileName(csv)}:");
        ConsoleTable.Write(output, ["#", "Email", "Status", "Lead id", "Error"], rows);
        return rows.Count(r => r[2] == nameof(LeadSyncStatus.Failed));
    }

    /// <summary>2. A month of cost on a Program (Programs accept Update only).</summary>
    /// <returns>How many objects failed.</returns>
    private static async Task<int> AddProgramCostAsync(IMarketoSoapClient marketo, int programId, TextWriter output)
    {
        var month = new DateOnly(DateTime.UtcNow.Year, DateTime.UtcNow.Month, 1);
        var programs = await marketo.SyncMObjectsAsync(new SyncMObjectsRequest
        {
            Operation = MObjectOperation.Update,
            Objects = [new MObjectRecord { Type = MObjectTypes.Program, Id = programId, TypeAttributes = [MObjectTypeAttribute.ProgramCost(month, 2500m, note: "Added by the Marketo.Soap sample")] }],
        });

        await output.WriteLineAsync("Program cost:");
        ConsoleTable.Write(
            output,
            ["Program", "Month", "Amount", "Status", "Error"],
            programs.Results.Select(r => new[] { r.Record.Id?.ToString(CultureInfo.InvariantCulture) ?? "", month.ToString("yyyy-MM", CultureInfo.InvariantCulture), "2500", r.Status.ToString(), r.Error ?? "" }));
        return programs.Results.Count(r => !r.Succeeded);
    }

    private sealed class ConsoleProgress(TextWriter output) : IProgress<BulkSyncProgress>
    {
        public void Report(BulkSyncProgress value) => output.WriteLine($"  … {value.RecordsSent} leads sent in {value.CallsMade} calls");
    }
}
