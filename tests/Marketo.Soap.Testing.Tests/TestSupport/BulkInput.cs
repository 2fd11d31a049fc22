using System.Globalization;
using Marketo.Soap.Models;

namespace Marketo.Soap.Testing.Tests.TestSupport;

/// <summary>
/// Numbered inputs for bulk jobs. Record <c>i</c> carries a key made from <c>i</c>, so the store,
/// the results and the exchange log can each be traced back to a position in the input.
/// </summary>
internal static class BulkInput
{
    public const string OpportunityKeyName = "extOppId";

    public static List<LeadRecord> Leads(int count, string prefix = "lead") =>
        [.. Enumerable.Range(0, count).Select(i => new LeadRecord { Email = EmailOf(i, prefix) })];

    public static List<MObjectRecord> Opportunities(int count) =>
    [
        .. Enumerable.Range(0, count).Select(i => new MObjectRecord
        {
            Type = MObjectTypes.Opportunity,
            ExternalKey = new MObjectAttribute(OpportunityKeyName, KeyOf(i)),
            Attributes = [new("Name", "Deal " + KeyOf(i))],
        }),
    ];

    public static string EmailOf(int index, string prefix = "lead") => string.Create(CultureInfo.InvariantCulture, $"{prefix}{index}@example.com");

    public static string KeyOf(int index) => string.Create(CultureInfo.InvariantCulture, $"opp{index}");

    /// <summary>Text only a request carrying lead <paramref name="index"/> contains (the element's content between its tags).</summary>
    public static string LeadMarker(int index) => ">" + EmailOf(index) + "<";

    /// <summary>Text only a request carrying opportunity <paramref name="index"/> contains.</summary>
    public static string OpportunityMarker(int index) => ">" + KeyOf(index) + "<";

    /// <summary>A fault-rule predicate choosing the calls that carry lead <paramref name="index"/>.</summary>
    public static Func<EmulatorRequest, bool> CarryingLead(int index) => request => request.Body.Contains(LeadMarker(index), StringComparison.Ordinal);

    /// <summary>A fault-rule predicate choosing the calls that carry opportunity <paramref name="index"/>.</summary>
    public static Func<EmulatorRequest, bool> CarryingOpportunity(int index) => request => request.Body.Contains(OpportunityMarker(index), StringComparison.Ordinal);
}
