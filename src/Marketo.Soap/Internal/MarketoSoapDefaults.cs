namespace Marketo.Soap.Internal;

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

    public const string ConfigurationSectionName = "Marketo";
}
