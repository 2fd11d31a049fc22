using System.Text.Json;
using Marketo.Soap;
using Marketo.Soap.Bulk;
using Marketo.Soap.FleetWorker;
using Marketo.Soap.Models;
using Marketo.Soap.Redis;
using StackExchange.Redis;

// One process of a fleet: bulk-syncs leads First .. First + Count - 1, prints one JSON line with
// what happened, and exits 0 when every lead was synced, 2 when the job stopped.
var arguments = WorkerArguments.Parse(args);
var options = new MarketoSoapOptions
{
    Endpoint = arguments.Endpoint,
    UserId = arguments.UserId,
    EncryptionKey = arguments.EncryptionKey,
    Timeout = TimeSpan.FromSeconds(50),
};
options.Retry.MaxRetryAttempts = arguments.MaxRetries;

IConnectionMultiplexer? redis = null;
MarketoRedisLimits? limits = null;
if (arguments.Redis is { } endPoint)
{
    var configuration = ConfigurationOptions.Parse(endPoint);
    configuration.AbortOnConnectFail = false;
    // A fleet test runs several processes and the Redis server on one machine: give Redis time to answer.
    configuration.AsyncTimeout = configuration.SyncTimeout = 30_000;
    redis = await ConnectionMultiplexer.ConnectAsync(configuration);
    var shared = new MarketoRedisLimitsOptions
    {
        KeyPrefix = arguments.KeyPrefix,
        WhenRedisUnavailable = RedisUnavailableBehavior.FailFast,
    };
    if (arguments.WindowMarginSeconds is { } margin)
    {
        shared.WindowMargin = TimeSpan.FromSeconds(margin);
    }

    limits = MarketoRedisLimits.Create(redis, options.Endpoint, options.UserId, shared);
    limits.ApplyTo(options);
}

// As README advises for every process: a cold first call spends WCF's set-up between taking its
// permits and reaching Marketo, which would eat into the shared window's margin.
await MarketoSoapClient.WarmUpAsync();

var checkpoint = arguments.Checkpoint is { } path ? new CheckpointFile(path) : null;
var start = checkpoint?.Read() ?? 0;
var bulk = new BulkSyncOptions
{
    BatchSize = arguments.BatchSize,
    MaxConcurrency = arguments.Concurrency,
    StartIndex = start,
    Progress = checkpoint,
};

long results = 0, succeeded = 0;
object outcome;
var exitCode = 0;
using (var client = new MarketoSoapClient(options))
{
    try
    {
        await foreach (var result in client.BulkSyncLeadsAsync(Leads(arguments.First, arguments.Count), dedupEnabled: true, options: bulk))
        {
            results++;
            succeeded += result.Succeeded ? 1 : 0;
        }

        outcome = new { start, results, succeeded, stopped = (string?)null };
    }
    catch (MarketoBulkSyncException<LeadRecord, LeadSyncResult> stopped)
    {
        exitCode = 2;
        outcome = new
        {
            start,
            results,
            succeeded,
            stopped = stopped.InnerException?.GetType().Name + ": " + stopped.InnerException?.Message,
            resumeIndex = stopped.Report.ResumeIndex,
            unsynced = stopped.Report.UnsyncedRecords.Count,
            mayHaveReachedMarketo = stopped.Report.UnsyncedRecords.Count(r => r.MayHaveReachedMarketo),
        };
    }
}

Console.WriteLine(JsonSerializer.Serialize(outcome));
limits?.Dispose();
if (redis is not null)
{
    await redis.DisposeAsync();
}

return exitCode;

static async IAsyncEnumerable<LeadRecord> Leads(int first, int count)
{
    for (var n = first; n < first + count; n++)
    {
        yield return new LeadRecord { Email = FleetLead.Email(n) };
        await Task.CompletedTask;
    }
}
