namespace Marketo.Soap.Benchmarks.Workload;

/// <summary>The instance every in-process benchmark signs for; the server is never reached, so any values do.</summary>
internal static class BenchmarkCredentials
{
    public const string UserId = "bench1_0123456789ABCDEF012345";

    public const string EncryptionKey = "0123456789abcdef0123456789abcdef";

    // An https endpoint, as in production, so the client builds its transport-security binding;
    // the in-memory handler under WCF means nothing is ever dialled.
    public static readonly Uri Endpoint = new("https://123-ABC-456.mktoapi.com/soap/mktows/2_3");

    /// <summary>Client options as the benchmarks run them: the shipped defaults, with Marketo's call rate lifted.</summary>
    /// <remarks>
    /// The default limiter allows 100 calls per 20 seconds, which a benchmark loop reaches in
    /// milliseconds; waiting for permits would measure the limiter's window, not the client.
    /// </remarks>
    public static MarketoSoapOptions Options(Uri? endpoint = null, string? userId = null, string? encryptionKey = null) => new()
    {
        Endpoint = endpoint ?? Endpoint,
        UserId = userId ?? UserId,
        EncryptionKey = encryptionKey ?? EncryptionKey,
        RateLimiter = UnlimitedRateLimiter.Instance,
    };
}
