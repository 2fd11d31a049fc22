using System.Globalization;

namespace Marketo.Soap.FleetWorker;

/// <summary>The leads a fleet syncs: lead n is known by its email alone, so the tests can count each one.</summary>
internal static class FleetLead
{
    /// <summary>The email of lead <paramref name="number"/>.</summary>
    public static string Email(int number) => string.Create(CultureInfo.InvariantCulture, $"lead{number:D6}@fleet.example");
}
