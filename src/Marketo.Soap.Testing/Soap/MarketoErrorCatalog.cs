using System.Collections.Frozen;

namespace Marketo.Soap.Testing.Soap;

/// <summary>What a fault of each Marketo error code says, and whether it blames the client or the server.</summary>
internal static class MarketoErrorCatalog
{
    // Captured faults read "20014 - Authentication failed", "20103 - Lead not found" and
    // "20105 - Unknown lead field" (contract facts §5.1): sentence case, and not always the name
    // the docs table gives. Codes without a capture use the table's name in the same case.
    private static readonly FrozenDictionary<int, string> ShortTexts = new Dictionary<int, string>
    {
        [10001] = "Internal error",
        [20011] = "Internal error",
        [20012] = "Request not understood",
        [20013] = "Access denied",
        [20014] = "Authentication failed",
        [20015] = "Request limit exceeded",
        [20016] = "Request expired",
        [20017] = "Invalid request",
        [20019] = "Unsupported operation",
        [20022] = "Time range exceeded",
        [20023] = "Rate limit exceeded",
        [20024] = "Concurrency limit exceeded",
        [20101] = "Lead key required",
        [20102] = "Lead key bad",
        [20103] = "Lead not found",
        [20104] = "Lead detail required",
        [20105] = "Unknown lead field",
        [20106] = "Lead sync failed",
        [20107] = "Activity key bad",
        [20108] = "Lead owner not found",
        [20109] = "Parameter required",
        [20110] = "Input error", // the wire text (contract facts §8); the docs table's "Bad Parameter" is a name
        [20111] = "List not found",
        [20113] = "Campaign not found",
        [20114] = "Bad parameter",
        [20122] = "Bad stream position",
        [20123] = "Stream at end",
    }.ToFrozenDictionary();

    public static string ShortText(int code) => ShortTexts.GetValueOrDefault(code, "Service exception");

    /// <summary>
    /// <c>Client</c> for every code, as in every captured fault, except the two internal errors:
    /// no fault of theirs was ever published, and <c>Server</c> is the emulator's assumption.
    /// </summary>
    public static string FaultCodeFor(int code) => code is 10001 or 20011 ? "Server" : "Client";
}
