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
}
