namespace Marketo.Soap.Testing.Tests.TestSupport;

/// <summary>Client settings for end-to-end tests.</summary>
internal static class ClientOptionsExtensions
{
    /// <summary>
    /// Turns the client's repeats off, so a test sees the first failure as the client maps it.
    /// A repeat would also wait on the test's fake clock, which nothing advances.
    /// </summary>
    public static MarketoSoapOptions WithoutRetries(this MarketoSoapOptions options)
    {
        options.Retry.MaxRetryAttempts = 0;
        return options;
    }

    /// <summary>
    /// Keeps the client's repeats (three by default) but makes their back-off a few milliseconds,
    /// for a client on the system clock: a test sees every repeat happen without waiting seconds.
    /// </summary>
    public static MarketoSoapOptions WithQuickRetries(this MarketoSoapOptions options)
    {
        options.Retry.BaseDelay = TimeSpan.FromMilliseconds(5);
        options.Retry.MaxDelay = TimeSpan.FromMilliseconds(50);
        return options;
    }
}
