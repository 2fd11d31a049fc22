using System.Runtime.InteropServices;
using Marketo.Soap.Emulator;
using Marketo.Soap.Testing;

var commandLine = EmulatorCommandLine.Parse(args);
if (commandLine.Options is not { } options)
{
    if (commandLine.Error is { } error)
    {
        await Console.Error.WriteLineAsync(error);
    }

    Console.WriteLine(EmulatorCommandLine.Usage);
    return commandLine.ShowHelp ? 0 : 2;
}

var stop = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
Console.CancelKeyPress += (_, e) =>
{
    // Stop cleanly instead of letting the runtime kill the process.
    e.Cancel = true;
    stop.TrySetResult();
};
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    stop.TrySetResult();
});

await using var emulator = await MarketoSoapEmulator.StartAsync(options);
Console.WriteLine($"Marketo SOAP emulator (mktows 2_3), {(options.Strict ? "strict" : "lenient")} mode");
Console.WriteLine($"  Endpoint:       {emulator.Endpoint}");
Console.WriteLine($"  WSDL:           {emulator.WsdlUri}");
Console.WriteLine($"  User id:        {emulator.UserId}");
Console.WriteLine($"  Encryption key: {emulator.EncryptionKey}");
Console.WriteLine("Press Ctrl+C to stop.");

await stop.Task;
Console.WriteLine($"Stopping after {emulator.Exchanges.Count} calls.");
return 0;
