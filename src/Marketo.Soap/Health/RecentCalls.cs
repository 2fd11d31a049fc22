namespace Marketo.Soap.Health;

/// <summary>
/// What one client's recent calls said about its instance, kept for the health check so that
/// checking health never spends a call of Marketo's quota: whether the credentials were refused,
/// whether the daily quota ran out and until when, and whether calls failed on the way.
/// </summary>
/// <remarks>Only a later successful call clears a failure; the quota also clears itself when it resets.</remarks>
internal sealed class RecentCalls
{
    /// <summary>How long a transport failure keeps the instance degraded when no call has succeeded since.</summary>
    public static readonly TimeSpan TransportFailureWindow = TimeSpan.FromMinutes(5);

    private readonly object _gate = new();
    private DateTimeOffset? _lastSuccess;
    private MarketoAuthenticationException? _authenticationRefused;
    private DateTimeOffset? _quotaResetsAt;
    private DateTimeOffset? _lastTransportFailure;
    private int _transportFailures;

    public RecentCalls(TimeProvider timeProvider) => TimeProvider = timeProvider;

    /// <summary>The client's clock, which the health check reads "now" from.</summary>
    public TimeProvider TimeProvider { get; }

    public void Succeeded()
    {
        lock (_gate)
        {
            _lastSuccess = TimeProvider.GetUtcNow();
            _authenticationRefused = null;
            _quotaResetsAt = null;
            _lastTransportFailure = null;
            _transportFailures = 0;
        }
    }

    public void Failed(MarketoSoapException failure)
    {
        lock (_gate)
        {
            switch (failure)
            {
                case MarketoAuthenticationException refused:
                    _authenticationRefused = refused;
                    break;
                case MarketoQuotaExceededException quota:
                    _quotaResetsAt = quota.ResetsAt;
                    break;
                case MarketoTransportException:
                    _lastTransportFailure = TimeProvider.GetUtcNow();
                    _transportFailures++;
                    break;
            }
        }
    }

    /// <summary>A consistent copy of what is known now.</summary>
    public RecentCallsSnapshot Read()
    {
        lock (_gate)
        {
            return new RecentCallsSnapshot(
                TimeProvider.GetUtcNow(),
                _lastSuccess,
                _authenticationRefused,
                _quotaResetsAt,
                _lastTransportFailure,
                _transportFailures);
        }
    }
}
