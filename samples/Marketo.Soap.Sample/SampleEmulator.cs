using Marketo.Soap.Testing;

namespace Marketo.Soap.Sample;

/// <summary>Starts the in-process Marketo emulator with a little state for the sample to change.</summary>
internal static class SampleEmulator
{
    public const int ProgramId = 1970;

    public static async Task<MarketoSoapEmulator> StartAsync()
    {
        var emulator = await MarketoSoapEmulator.StartAsync();

        // One lead that already exists, so the sync shows an update beside the creations.
        emulator.Store.AddLead(new StoredLead { Email = "grace.hopper@example.com" });
        emulator.Store.AddProgram(new StoredProgram
        {
            Id = ProgramId,
            Name = "Spring Webinar Series",
            Costs = [new StoredProgramCost { Id = 153, Month = new DateOnly(2026, 5, 1), Amount = 1500m }],
        });
        return emulator;
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
