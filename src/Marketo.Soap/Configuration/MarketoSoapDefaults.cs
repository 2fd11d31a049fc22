namespace Marketo.Soap.Configuration;

/// <summary>The defaults <see cref="MarketoSoapOptions"/> starts from, in one place.</summary>
internal static class MarketoSoapDefaults
{
    // Marketo's own samples waited 90 seconds, and calls were reported to take about that long
    // at peak times, so a shorter default would fail calls that Marketo completes.
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    public static readonly TimeSpan MinTimeout = TimeSpan.FromSeconds(1);

    public static readonly TimeSpan MaxTimeout = TimeSpan.FromMinutes(10);

    // A 300-status answer is about 30 KB; 4 MB leaves room for any answer of the two operations
    // while still bounding what a broken server can make the client buffer.
    public const long MaxReceivedMessageSize = 4 * 1024 * 1024;

    // WCF takes each request's and answer's buffer from a pool of this many bytes. Its default
    // (512 KB) is too small for a 300-lead call (a 128 KB request buffer and a 64 KB answer
    // buffer), so every call allocated fresh buffers; 4 MB holds those of ten calls at once.
    // It caps what the pool may keep, it is not allocated up front.
    public const long MaxBufferPoolSize = 4 * 1024 * 1024;

    public const string ConfigurationSectionName = "Marketo";

    // Settable only so that the test suite can run every client test with either serializer
    // (MARKETO_SOAP_TEST_SERIALIZER); nothing in the library changes it.
    public static MarketoSoapSerializer Serializer { get; set; } = MarketoSoapSerializer.Generated;

    // Marketo allows 10 concurrent calls per instance (20024 beyond that).
    public const int MaxConcurrentCalls = 10;

    // Marketo allows 100 calls per 20 seconds per instance (20023 beyond that).
    public const int CallsPerWindow = 100;

    public static readonly TimeSpan RateWindow = TimeSpan.FromSeconds(20);

    // Twenty one-second segments: a call's permit returns one second after its window slides past it.
    public const int RateWindowSegments = 20;

    public const int MaxRetryAttempts = 3;

    public static readonly TimeSpan RetryBaseDelay = TimeSpan.FromSeconds(2);

    public static readonly TimeSpan RetryMaxDelay = TimeSpan.FromSeconds(30);

    // Few parallel calls keep a bulk job well inside the concurrency limit while other work of the
    // same instance still gets through.
    public const int BulkMaxConcurrency = 2;
}
