namespace Marketo.Soap.Health;

/// <summary>What <see cref="RecentCalls"/> knew at one moment.</summary>
/// <param name="Now">The client's clock when the copy was taken.</param>
/// <param name="LastSuccess">When a call last succeeded; null when none has.</param>
/// <param name="AuthenticationRefused">The refusal since the last success, if any.</param>
/// <param name="QuotaResetsAt">When the exhausted daily quota resets, if it ran out since the last success.</param>
/// <param name="LastTransportFailure">When the last transport failure since the last success happened.</param>
/// <param name="TransportFailures">How many transport failures since the last success.</param>
internal sealed record RecentCallsSnapshot(
    DateTimeOffset Now,
    DateTimeOffset? LastSuccess,
    MarketoAuthenticationException? AuthenticationRefused,
    DateTimeOffset? QuotaResetsAt,
    DateTimeOffset? LastTransportFailure,
    int TransportFailures);
