using System.Globalization;

namespace Marketo.Soap.Testing.Internal;

/// <summary>Checks <see cref="MarketoSoapEmulatorOptions"/> and reports every problem at once.</summary>
internal static class EmulatorOptionsValidator
{
    public static IReadOnlyList<string> Validate(MarketoSoapEmulatorOptions options)
    {
        var problems = new List<string>();

        if (options.Port is < 0 or > 65535)
        {
            problems.Add(Invariant($"Port must be from 0 to 65535; it is {options.Port}."));
        }

        if (!System.Net.IPAddress.TryParse(options.Host ?? string.Empty, out _))
        {
            problems.Add($"Host must be an IP address such as 127.0.0.1, 0.0.0.0 or ::; it is '{options.Host}'.");
        }

        if (options.UserId is not null && string.IsNullOrWhiteSpace(options.UserId))
        {
            problems.Add("UserId must not be blank; leave it null to generate one.");
        }

        if (options.EncryptionKey is not null && string.IsNullOrWhiteSpace(options.EncryptionKey))
        {
            problems.Add("EncryptionKey must not be blank; leave it null to generate one.");
        }

        if (options.TimestampTolerance <= TimeSpan.Zero)
        {
            problems.Add(Invariant($"TimestampTolerance must be positive; it is {options.TimestampTolerance}."));
        }

        AtLeastOne(options.CallsPer20Seconds, nameof(options.CallsPer20Seconds), problems);
        AtLeastOne(options.MaxConcurrentCalls, nameof(options.MaxConcurrentCalls), problems);
        AtLeastOne(options.DailyQuota, nameof(options.DailyQuota), problems);
        AtLeastOne(options.ExchangeLogCapacity, nameof(options.ExchangeLogCapacity), problems);
        AtLeastOne(options.MaxMObjectsPerCall, nameof(options.MaxMObjectsPerCall), problems);
        if (options.MaxLeadsPerCall is { } maxLeads)
        {
            AtLeastOne(maxLeads, nameof(options.MaxLeadsPerCall), problems);
        }

        if (options.TimeProvider is null)
        {
            problems.Add("TimeProvider is required; use TimeProvider.System for the real clock.");
        }

        return problems;
    }

    private static void AtLeastOne(int value, string name, List<string> problems)
    {
        if (value < 1)
        {
            problems.Add(Invariant($"{name} must be at least 1; it is {value}."));
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
