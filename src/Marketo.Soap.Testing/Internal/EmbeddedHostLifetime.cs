using Microsoft.Extensions.Hosting;

namespace Marketo.Soap.Testing.Internal;

/// <summary>
/// The lifetime of an emulator's web host: only <see cref="MarketoSoapEmulator"/> starts and stops it.
/// </summary>
/// <remarks>
/// An emulator lives inside someone else's process (a test run, a service, the emulator tool), so
/// it must not take that process's signals or its exit. The host's default lifetime does both: it
/// answers Ctrl+C and SIGTERM by stopping the web host and cancelling the signal, so the process
/// would not stop, and when the process exits it waits up to twice the host's shutdown timeout for
/// each emulator that was not disposed (a test run that timed out left its test host behind for
/// minutes). The process owns the signals; the emulator stops when it is disposed.
/// </remarks>
internal sealed class EmbeddedHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
