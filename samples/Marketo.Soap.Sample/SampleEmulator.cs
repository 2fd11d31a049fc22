using Marketo.Soap.Testing;

namespace Marketo.Soap.Sample;

/// <summary>Starts the in-process Marketo emulator with a little state for the sample to change.</summary>
internal static class SampleEmulator
{
    public const int ProgramId = 1970;

    public static async Task<MarketoSoapEmulator> StartAsync()
    {
        // The seed the stand-alone tool ships: Program 1970 with a cost, and leads that already
        // exist, so the sync shows updates beside the creations.
        var options = new MarketoSoapEmulatorOptions();
        options.SeedFiles.Add(Path.Combine(AppContext.BaseDirectory, "sample-seed.json"));
        return await MarketoSoapEmulator.StartAsync(options);
    }

    /// <summary>The emulator's address and credentials as configuration for AddMarketoSoapClient.</summary>
    public static Dictionary<string, string?> ClientConfiguration(MarketoSoapEmulator emulator) => new()
    {
        ["Marketo:Endpoint"] = emulator.Endpoint.AbsoluteUri,
        ["Marketo:UserId"] = emulator.UserId,
        ["Marketo:EncryptionKey"] = emulator.EncryptionKey,
        ["Sample:ProgramId"] = ProgramId.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
