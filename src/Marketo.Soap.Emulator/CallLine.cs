using System.Globalization;
using System.Text;
using Marketo.Soap.Testing;

namespace Marketo.Soap.Emulator;

/// <summary>
/// The console line for one call: time, call number, operation, record count, outcome, milliseconds,
/// then one indented line for every element Marketo would have ignored, so a user sees the data
/// Marketo silently dropped.
/// </summary>
internal static class CallLine
{
    public static string Format(EmulatorExchange exchange)
    {
        var line = new StringBuilder();
        line.Append(CultureInfo.InvariantCulture, $"{exchange.ReceivedAt.ToLocalTime():HH:mm:ss.fff} #{exchange.CallNumber} {exchange.Operation ?? "(unknown operation)"}");
        if (exchange.RecordCount is { } records)
        {
            line.Append(CultureInfo.InvariantCulture, $" {records} {(records == 1 ? "record" : "records")}");
        }

        line.Append(CultureInfo.InvariantCulture, $" {Outcome(exchange)} {exchange.Elapsed.TotalMilliseconds:0} ms");
        if (exchange.InjectedFault is { } fault)
        {
            line.Append(CultureInfo.InvariantCulture, $" (injected: {fault})");
        }

        foreach (var warning in exchange.Warnings)
        {
            line.Append(CultureInfo.InvariantCulture, $"{Environment.NewLine}    ignored: {warning}");
        }

        return line.ToString();
    }

    private static string Outcome(EmulatorExchange exchange) => exchange switch
    {
        { ErrorCode: { } code } => string.Create(CultureInfo.InvariantCulture, $"fault {code}"),
        { FaultCode: { } faultCode } => $"fault {faultCode}",
        { HttpStatusCode: 200 } => "OK",
        { HttpStatusCode: { } status } => string.Create(CultureInfo.InvariantCulture, $"HTTP {status}"),
        _ => "dropped",
    };
}
