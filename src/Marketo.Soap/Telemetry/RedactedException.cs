namespace Marketo.Soap.Telemetry;

/// <summary>
/// Stands in for an exception whose message held a secret (see <see cref="SecretRedactor"/>): the
/// same message redacted, the replaced type's name, and its stack trace.
/// </summary>
internal sealed class RedactedException : Exception
{
    private readonly string? _stackTrace;

    public RedactedException(Exception original, string redactedMessage, Exception? innerException)
        : base($"[{original.GetType().FullName}] {redactedMessage}", innerException)
    {
        _stackTrace = original.StackTrace;
        HResult = original.HResult;
    }

    public override string? StackTrace => _stackTrace;
}
