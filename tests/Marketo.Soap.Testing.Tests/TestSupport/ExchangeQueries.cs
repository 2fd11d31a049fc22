using System.Text.RegularExpressions;

namespace Marketo.Soap.Testing.Tests.TestSupport;

/// <summary>Questions a test asks of the emulator's exchange log.</summary>
internal static partial class ExchangeQueries
{
    /// <summary>The calls whose request contains <paramref name="marker"/>, such as <see cref="BulkInput.LeadMarker"/>.</summary>
    public static IEnumerable<EmulatorExchange> Carrying(this IEnumerable<EmulatorExchange> exchanges, string marker) =>
        exchanges.Where(e => e.RequestBody.Contains(marker, StringComparison.Ordinal));

    /// <summary>The calls the emulator handled and answered in full with HTTP 200 (a held or delayed call included, a truncated or malformed answer not).</summary>
    public static IEnumerable<EmulatorExchange> Answered(this IEnumerable<EmulatorExchange> exchanges) =>
        exchanges.Where(e => e.HttpStatusCode == 200 && e.InjectedFault?.Kind is null or InjectedFaultKind.Delay or InjectedFaultKind.Hold);

    /// <summary>The lead emails a syncMultipleLeads request carried, in request order.</summary>
    public static IEnumerable<string> LeadEmails(this EmulatorExchange exchange) =>
        EmailElement().Matches(exchange.RequestBody).Select(m => m.Groups[1].Value);

    [GeneratedRegex("<Email>([^<]*)</Email>")]
    private static partial Regex EmailElement();
}
