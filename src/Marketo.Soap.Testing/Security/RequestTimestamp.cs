using System.Globalization;

namespace Marketo.Soap.Testing.Security;

/// <summary>Reads <c>requestTimestamp</c> the way Marketo appears to: leniently.</summary>
/// <remarks>
/// Clients send W3C date-times with a <c>±hh:mm</c> offset (PHP, Java), but one library that
/// targets 2_3 signs Ruby's <c>2014-05-12 10:00:00 -0400</c> (contract facts §2.8 trap 8), so any
/// common ISO-8601-like form is read. <c>Z</c> is accepted and a missing offset is taken as UTC:
/// both are emulator assumptions (facts §7).
/// </remarks>
internal static class RequestTimestamp
{
    public static bool TryParse(string text, out DateTimeOffset value) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out value);
}
