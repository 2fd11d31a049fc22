using System.Text.RegularExpressions;

namespace Marketo.Soap.Testing.Internal;

/// <summary>Removes the request signature from logged XML, keeping every other byte as received.</summary>
/// <remarks>
/// Works on text rather than a parsed document, so malformed requests are redacted too. The user id
/// and timestamp are not secret and stay: they are what a reader needs to see why a call failed.
/// </remarks>
internal static partial class SignatureRedactor
{
    public const string Placeholder = "REDACTED";

    public static string Redact(string xml) => SignatureElement().Replace(xml, "${open}" + Placeholder + "${close}");

    [GeneratedRegex(@"(?<open><(?<prefix>(?:[\w.-]+:)?)requestSignature(?:\s[^>]*)?>)[^<]*(?<close></\k<prefix>requestSignature\s*>)")]
    private static partial Regex SignatureElement();
}
