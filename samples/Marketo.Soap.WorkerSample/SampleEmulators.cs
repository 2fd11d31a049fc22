using Marketo.Soap.Testing;

namespace Marketo.Soap.WorkerSample;

/// <summary>
/// One in-process Marketo emulator per instance the sample calls, started only for instances with
/// no endpoint configured, each with credentials of its own.
/// </summary>
internal sealed class SampleEmulators : IAsyncDisposable
{
    private readonly List<MarketoSoapEmulator> _started = [];

    /// <summary>Starts an emulator for each instance whose section has no endpoint, and puts its address and credentials into configuration.</summary>
    public static async Task<SampleEmulators> StartMissingAsync(IConfigurationManager configuration, IEnumerable<string> instances)
    {
        var emulators = new SampleEmulators();
        foreach (var instance in instances)
        {
            var section = $"Marketo:{instance}";
            if (configuration[$"{section}:Endpoint"] is not null)
            {
                continue;
            }

            var emulator = await MarketoSoapEmulator.StartAsync();
            emulators._started.Add(emulator);
            configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                [$"{section}:Endpoint"] = emulator.Endpoint.AbsoluteUri,
                [$"{section}:UserId"] = emulator.UserId,
                [$"{section}:EncryptionKey"] = emulator.EncryptionKey,
            });
            Console.WriteLine($"No endpoint configured for {instance}: using an in-process Marketo emulator at {emulator.Endpoint}");
        }

        return emulators;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var emulator in _started)
        {
            await emulator.DisposeAsync();
        }
    }
}
