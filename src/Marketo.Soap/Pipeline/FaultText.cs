using System.Text.RegularExpressions;

namespace Marketo.Soap.Pipeline;

/// <summary>
/// Joins a fault's string and its detail message into one sentence, saying each thing once:
/// Marketo often repeats the fault string in the detail (<c>Request limit exceeded</c> and
/// <c>Request limit exceeded (20015)</c>).
/// </summary>
internal static partial class FaultText
{
    public static string Describe(string faultString, string? detail)
    {
        if (string.IsNullOrWhiteSpace(detail))
        {
            return faultString;
        }

        var core = Core(faultString);
        var detailCore = Core(detail);
        if (detailCore.Equals(core, StringComparison.OrdinalIgnoreCase))
        {
            // The same words: keep the one that carries the code.
            return HasCode(detail) || !HasCode(faultString) ? detail : faultString;
        }

        if (detailCore.Contains(core, StringComparison.OrdinalIgnoreCase))
        {
            return detail;
        }

        if (core.Contains(detailCore, StringComparison.OrdinalIgnoreCase))
        {
            return faultString;
        }

        return faultString.TrimEnd().TrimEnd('.') + ". " + detail;
    }

    /// <summary>The text without a leading <c>nnnnn - </c>, a trailing <c>(nnnnn)</c> or a trailing full stop.</summary>
    private static string Core(string text) => CodePattern().Replace(text, string.Empty).Trim().TrimEnd('.').Trim();

    private static bool HasCode(string text) => CodePattern().IsMatch(text);

    [GeneratedRegex(@"^\s*\d+\s*-\s*|\s*\(\d+\)\s*\.?\s*$")]
    private static partial Regex CodePattern();
}
