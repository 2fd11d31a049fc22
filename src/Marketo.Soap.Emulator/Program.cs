using System.Net;
using System.Runtime.InteropServices;
using Marketo.Soap.Emulator;
using Marketo.Soap.Testing;
using Microsoft.AspNetCore.Connections;

var commandLine = EmulatorCommandLine.Parse(args);
if (commandLine.Options is not { } options)
{
    if (commandLine.Error is { } error)
    {
        await Console.Error.WriteLineAsync(error);
        return 2;
    }

    Console.WriteLine(EmulatorCommandLine.Usage);
    return 0;
}

if (!commandLine.Quiet)
{
    options.OnExchange = exchange => Console.WriteLine(CallLine.Format(exchange));
}

var stop = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
Console.CancelKeyPress += (_, e) =>
{
    // Stop cleanly instead of letting the runtime kill the process, so the state folder is saved.
    e.Cancel = true;
    stop.TrySetResult();
};
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    stop.TrySetResult();
});

MarketoSoapEmulator emulator;
try
{
    emulator = await MarketoSoapEmulator.StartAsync(options);
}
catch (Exception e) when (e is IOException && e.InnerException is AddressInUseException || e is AddressInUseException)
{
    await Console.Error.WriteLineAsync($"Port {options.Port} on {options.Host} is already in use; choose another with --port.");
    return 1;
}
catch (Exception e) when (e is ArgumentException or IOException or UnauthorizedAccessException)
{
    // A seed file or state folder that cannot be read or used: the user's to fix, so one line and usage's exit code.
    await Console.Error.WriteLineAsync(e.Message);
    return 2;
}

await using (emulator)
{
    Console.WriteLine($"Marketo SOAP emulator (mktows 2_3), {(options.Strict ? "strict" : "lenient")} mode");
    Console.WriteLine($"  Endpoint:       {emulator.Endpoint}");
    Console.WriteLine($"  WSDL:           {emulator.WsdlUri}");
    Console.WriteLine($"  Admin API:      {new Uri(emulator.Endpoint, "/_emulator/")} (OpenAPI: /_emulator/openapi.json)");
    Console.WriteLine($"  User id:        {emulator.UserId}");
    Console.WriteLine($"  Encryption key: {emulator.EncryptionKey}");
    if (IPAddress.Parse(options.Host) is var host && !IPAddress.IsLoopback(host))
    {
        Console.WriteLine($"WARNING: listening on {options.Host}: anyone who can reach port {emulator.Endpoint.Port} can use the emulator and its admin API.");
    }

    Console.WriteLine("Press Ctrl+C to stop.");
    await stop.Task;
    Console.WriteLine($"Stopping after {emulator.Exchanges.Count + emulator.ExchangesDropped} calls.");
}

return 0;

/// <summary>The host's entry point; internal, as a tool exposes no API.</summary>
internal sealed partial class Program;
