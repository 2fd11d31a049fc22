// A worker service that keeps two Marketo instances in sync, the way a production service would:
// two keyed clients, OpenTelemetry traces and metrics on the console, the clients' health on
// /healthz, and a bulk sync with a progress bar every minute.
//
// With no endpoint configured for an instance, it starts an in-process Marketo emulator for it.
// To talk to real servers, configure Marketo:Eu and Marketo:Us (Endpoint, UserId, EncryptionKey),
// for example as MARKETO__EU__ENDPOINT and so on.
//
//   dotnet run --project samples/Marketo.Soap.WorkerSample            # a round a minute until Ctrl+C
//   dotnet run --project samples/Marketo.Soap.WorkerSample -- --once  # one round; exit 0 when all is well
using Marketo.Soap.WorkerSample;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

string[] instances = ["eu", "us"];
var once = args.Contains("--once");
var builder = WebApplication.CreateBuilder(args.Where(a => a != "--once").ToArray());
builder.Logging.SetMinimumLevel(LogLevel.Warning);
if (builder.Configuration["urls"] is null && builder.Configuration["ASPNETCORE_URLS"] is null)
{
    builder.WebHost.UseUrls("http://127.0.0.1:0");   // any free port; the worker finds it
}

await using var emulators = await SampleEmulators.StartMissingAsync(builder.Configuration, instances);

foreach (var instance in instances)
{
    builder.Services.AddKeyedMarketoSoapClient(instance, builder.Configuration.GetSection($"Marketo:{instance}"));
}

builder.Services.AddHealthChecks().AddMarketoSoap("eu").AddMarketoSoap("us");
builder.Services.AddOpenTelemetry()
    .ConfigureResource(resource => resource.AddService("Marketo.Soap.WorkerSample"))
    .WithTracing(tracing => tracing.AddMarketoSoapInstrumentation().AddConsoleExporter())
    .WithMetrics(metrics => metrics.AddMarketoSoapInstrumentation().AddConsoleExporter());
builder.Services.AddSingleton(new WorkerSettings(instances, LeadsPerInstance: 1_000, once));
builder.Services.AddHostedService<SyncWorker>();

var app = builder.Build();
app.MapHealthChecks("/healthz", new HealthCheckOptions { ResponseWriter = HealthJson.WriteAsync });
await app.RunAsync();
return Environment.ExitCode;
