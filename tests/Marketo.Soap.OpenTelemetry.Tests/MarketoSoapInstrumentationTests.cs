using System.Diagnostics;
using Marketo.Soap.Models;
using Marketo.Soap.Testing;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Marketo.Soap.OpenTelemetry.Tests;

/// <summary>
/// Exports what two keyed clients record while they sync against two in-process emulators, through
/// OpenTelemetry's SDK and its in-memory exporter, as an application's exporter would see it.
/// </summary>
/// <remarks>One class, so its tests run one at a time: the activity source and meter are process-wide.</remarks>
public sealed class MarketoSoapInstrumentationTests : IAsyncLifetime
{
    private const string SecretAttribute = "Ada Lovelace, Analytical Engines";

    private readonly List<Activity> _spans = [];
    private readonly List<Metric> _metrics = [];
    private MarketoSoapEmulator _eu = null!;
    private MarketoSoapEmulator _us = null!;
    private ServiceProvider _provider = null!;

    public async Task InitializeAsync()
    {
        _eu = await MarketoSoapEmulator.StartAsync(new MarketoSoapEmulatorOptions { UserId = "eu_user_1", EncryptionKey = "eu-secret-key" });
        _us = await MarketoSoapEmulator.StartAsync(new MarketoSoapEmulatorOptions { UserId = "us_user_2", EncryptionKey = "us-secret-key" });
        var services = new ServiceCollection();

        // "localhost" for one and 127.0.0.1 for the other, so even their hosts differ.
        services.AddKeyedMarketoSoapClient("eu", o => Use(o, _eu, "localhost"));
        services.AddKeyedMarketoSoapClient("us", o =>
        {
            Use(o, _us, host: null);
            o.EncryptionKey = "us-wrong-key";   // so this instance refuses the call
        });
        _provider = services.BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _provider.DisposeAsync();
        await _eu.DisposeAsync();
        await _us.DisposeAsync();
    }

    [Fact]
    public async Task AddMarketoSoapInstrumentation_Tracing_ExportsOneClientSpanPerCallTaggedWithItsInstance()
    {
        using (var tracing = Sdk.CreateTracerProviderBuilder().AddMarketoSoapInstrumentation().AddInMemoryExporter(_spans).Build())
        {
            await SyncBothAsync();
            tracing.ForceFlush();
        }

        Assert.Equal(3, _spans.Count);
        Assert.All(_spans, span =>
        {
            Assert.Equal(MarketoSoapTelemetry.ActivitySourceName, span.Source.Name);
            Assert.Equal(ActivityKind.Client, span.Kind);
            Assert.Equal("soap", span.GetTagItem("rpc.system"));
        });
        var eu = _spans.Where(s => (string?)s.GetTagItem("server.address") == "localhost").ToList();
        var us = _spans.Where(s => (string?)s.GetTagItem("server.address") == "127.0.0.1").ToList();
        Assert.Equal(
            [("MarketoSoapClient.SyncMultipleLeads", "syncMultipleLeads", _eu.Endpoint.Port), ("MarketoSoapClient.SyncMObjects", "syncMObjects", _eu.Endpoint.Port)],
            eu.Select(s => (s.DisplayName, (string)s.GetTagItem("rpc.method")!, (int)s.GetTagItem("server.port")!)));
        var failed = Assert.Single(us);
        Assert.Equal((ActivityStatusCode.Error, "20014", _us.Endpoint.Port), (failed.Status, failed.GetTagItem("error.type"), failed.GetTagItem("server.port")));
        AssertNoSecretIn(_spans.SelectMany(s => s.TagObjects.Select(t => t.Value)).Append(_spans.Select(s => s.StatusDescription)));
    }

    [Fact]
    public async Task AddMarketoSoapInstrumentation_Metrics_ExportsCallsRecordsAndFaultsTaggedWithTheirInstance()
    {
        using var metrics = Sdk.CreateMeterProviderBuilder().AddMarketoSoapInstrumentation().AddInMemoryExporter(_metrics).Build();
        await SyncBothAsync();
        metrics.ForceFlush();   // one export, read before the provider's disposal exports again

        var points = _metrics.SelectMany(m => Points(m).Select(p => (Metric: m, Point: p))).ToList();
        Assert.Equal(
            ["marketo.soap.call.duration", "marketo.soap.calls", "marketo.soap.faults", "marketo.soap.records"],
            points.Select(p => p.Metric.Name).Distinct().Order());
        var calls = points.Where(p => p.Metric.Name == "marketo.soap.calls")
            .Select(p => (Tag(p.Point, "server.address"), Tag(p.Point, "marketo.outcome"), p.Point.GetSumLong()))
            .Order()
            .ToList();
        Assert.Equal([("127.0.0.1", "fault", 1L), ("localhost", "success", 1L), ("localhost", "success", 1L)], calls);
        var fault = Assert.Single(points, p => p.Metric.Name == "marketo.soap.faults");
        Assert.Equal(("127.0.0.1", 20014), (Tag(fault.Point, "server.address"), Tag(fault.Point, "marketo.error_code")));
        AssertNoSecretIn(points.SelectMany(p => Tags(p.Point).Select(t => t.Value)));
    }

    private static void Use(MarketoSoapOptions options, MarketoSoapEmulator emulator, string? host)
    {
        var emulated = emulator.CreateClientOptions();
        options.Endpoint = host is null ? emulated.Endpoint : new UriBuilder(emulated.Endpoint!) { Host = host }.Uri;
        options.UserId = emulated.UserId;
        options.EncryptionKey = emulated.EncryptionKey;
        options.Retry.MaxRetryAttempts = 0;
    }

    private static IEnumerable<MetricPoint> Points(Metric metric)
    {
        foreach (ref readonly var point in metric.GetMetricPoints())
        {
            yield return point;
        }
    }

    private static List<KeyValuePair<string, object?>> Tags(MetricPoint point)
    {
        var tags = new List<KeyValuePair<string, object?>>();
        foreach (var tag in point.Tags)
        {
            tags.Add(tag);
        }

        return tags;
    }

    private static object? Tag(MetricPoint point, string key) => Tags(point).SingleOrDefault(t => t.Key == key).Value;

    private void AssertNoSecretIn(IEnumerable<object?> values)
    {
        string[] secrets = ["eu_user_1", "us_user_2", "eu-secret-key", "us-secret-key", "us-wrong-key", "ada@example.com", SecretAttribute, "Engines Inc"];
        var texts = values.Select(v => v?.ToString() ?? string.Empty).ToList();
        Assert.NotEmpty(texts);
        Assert.DoesNotContain(texts, text => secrets.Any(secret => text.Contains(secret, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>Two successful calls to the eu instance, and one the us instance refuses for a wrong key.</summary>
    private async Task SyncBothAsync()
    {
        var eu = _provider.GetRequiredKeyedService<IMarketoSoapClient>("eu");
        await eu.SyncMultipleLeadsAsync(new SyncMultipleLeadsRequest
        {
            Leads = [new LeadRecord { Email = "ada@example.com", Attributes = [new("FirstName", SecretAttribute)] }],
        });
        await eu.SyncMObjectsAsync(new SyncMObjectsRequest
        {
            Operation = MObjectOperation.Upsert,
            Objects = [new MObjectRecord { Type = MObjectTypes.Opportunity, ExternalKey = new("externalOpportunityId", "opp-1"), Attributes = [new("Name", "Engines Inc")] }],
        });

        // The us client signs with a key its emulator does not know.
        var us = _provider.GetRequiredKeyedService<IMarketoSoapClient>("us");
        await Assert.ThrowsAsync<MarketoAuthenticationException>(() => us.SyncMultipleLeadsAsync(new SyncMultipleLeadsRequest { Leads = [new LeadRecord { Email = "ada@example.com" }] }));
    }
}
