using System.Globalization;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Marketo.Soap.Health;

/// <summary>
/// Reports a client's health from what its recent calls said, without calling Marketo, so
/// checking health spends no quota: credentials refused is unhealthy; the daily quota exhausted is
/// degraded until it resets; transport failures in the last five minutes are degraded; no calls
/// yet, or a success since the last failure, is healthy.
/// </summary>
internal sealed class MarketoSoapHealthCheck(Func<MarketoSoapClient?> client) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(Assess(client()?.RecentCalls?.Read(), context.Registration.FailureStatus));

    /// <param name="recent">What the client's calls said; null when the client keeps no record (the application registered its own).</param>
    /// <param name="failureStatus">The status the registration reports for a failure.</param>
    internal static HealthCheckResult Assess(RecentCallsSnapshot? recent, HealthStatus failureStatus)
    {
        if (recent is null)
        {
            return HealthCheckResult.Healthy("The registered client keeps no record of its calls.");
        }

        var data = Data(recent);
        if (recent.AuthenticationRefused is { } refused)
        {
            return new HealthCheckResult(failureStatus, $"Marketo refused the credentials (error {refused.ErrorCode?.Value}); fix the user id or encryption key.", data: data);
        }

        if (recent.QuotaResetsAt is { } resetsAt && resetsAt > recent.Now)
        {
            return HealthCheckResult.Degraded($"Marketo's daily request quota is exhausted until {Format(resetsAt)}.", data: data);
        }

        if (recent.LastTransportFailure is { } failedAt && recent.Now - failedAt < RecentCalls.TransportFailureWindow)
        {
            return HealthCheckResult.Degraded($"{recent.TransportFailures} call(s) failed on the way to Marketo since the last success, the latest at {Format(failedAt)}.", data: data);
        }

        return HealthCheckResult.Healthy(recent.LastSuccess is { } at ? $"Last call succeeded at {Format(at)}." : "No calls yet.", data);
    }

    private static Dictionary<string, object> Data(RecentCallsSnapshot recent)
    {
        var data = new Dictionary<string, object>(StringComparer.Ordinal);
        if (recent.LastSuccess is { } success)
        {
            data["last_success"] = success;
        }

        if (recent.QuotaResetsAt is { } resetsAt)
        {
            data["quota_resets_at"] = resetsAt;
        }

        if (recent.TransportFailures > 0)
        {
            data["transport_failures"] = recent.TransportFailures;
        }

        return data;
    }

    private static string Format(DateTimeOffset time) => time.ToString("u", CultureInfo.InvariantCulture);
}
