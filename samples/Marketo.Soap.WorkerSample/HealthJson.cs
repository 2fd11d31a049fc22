using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Marketo.Soap.WorkerSample;

/// <summary>Writes a health report as JSON: the overall status and each instance's status and reason.</summary>
internal static class HealthJson
{
    public static Task WriteAsync(HttpContext context, HealthReport report) =>
        context.Response.WriteAsJsonAsync(new HealthAnswer(
            report.Status.ToString(),
            report.Entries.ToDictionary(e => e.Key, e => new HealthAnswerEntry(e.Value.Status.ToString(), e.Value.Description))));
}
