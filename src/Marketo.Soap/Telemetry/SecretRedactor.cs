using System.Text.RegularExpressions;

namespace Marketo.Soap.Telemetry;

/// <summary>
/// Removes the call's secrets from any text the library puts in a message, an exception or a log,
/// wherever that text came from: a fault string that quotes the request, an HTML error page that
/// WCF quotes, a raw answer.
/// </summary>
/// <remarks>
/// Three things are secret: the encryption key; a request signature, which is 40 hex digits (an
/// HMAC-SHA1) and proves the key for its timestamp; and the timestamp paired with it, which is
/// what a replay would need beside the signature. The key is matched literally, the signature by
/// its shape anywhere, the timestamp and signature by their element names, raw or HTML-escaped.
/// </remarks>
internal sealed partial class SecretRedactor
{
    public const string Mark = "[redacted]";

    private readonly string _encryptionKey;

    public SecretRedactor(string encryptionKey) => _encryptionKey = encryptionKey;

    /// <summary>The text with every secret replaced by <see cref="Mark"/>; the same instance when it held none.</summary>
    public string Redact(string text)
    {
        if (text.Length == 0)
        {
            return text;
        }

        var result = _encryptionKey.Length > 0 && text.Contains(_encryptionKey, StringComparison.Ordinal)
            ? text.Replace(_encryptionKey, Mark, StringComparison.Ordinal)
            : text;
        result = SignedElementPattern().Replace(result, "${open}" + Mark + "${close}");
        return SignaturePattern().Replace(result, Mark);
    }

    /// <summary>
    /// The exception when no message in its chain holds a secret; otherwise a copy of the chain
    /// with the messages redacted, each naming the type it replaces and keeping its stack trace.
    /// </summary>
    public Exception? Scrub(Exception? exception)
    {
        if (exception is null || !Leaks(exception))
        {
            return exception;
        }

        return new RedactedException(exception, Redact(exception.Message), Scrub(exception.InnerException));
    }

    private bool Leaks(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (!ReferenceEquals(Redact(e.Message), e.Message))
            {
                return true;
            }
        }

        return false;
    }

    // Not part of a longer hex run, so a 64-digit hash is left whole.
    [GeneratedRegex("(?<![0-9A-Fa-f])[0-9A-Fa-f]{40}(?![0-9A-Fa-f])")]
    private static partial Regex SignaturePattern();

    [GeneratedRegex(@"(?<open>(?:<|&lt;)(?:[\w.-]+:)?(?:requestTimestamp|requestSignature)(?:\s[^<>]*?)?(?:>|&gt;))(?<value>[^<&]*)(?<close>(?:<|&lt;)/)")]
    private static partial Regex SignedElementPattern();
}
