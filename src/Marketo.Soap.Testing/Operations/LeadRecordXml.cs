using System.Xml.Linq;
using Marketo.Soap.Testing.Contract;

namespace Marketo.Soap.Testing.Operations;

/// <summary>Writes a stored lead as a <c>leadRecord</c> the way Marketo's read answers do (operations facts §3.1).</summary>
/// <remarks>
/// Unset <c>ForeignSysPersonId</c> and <c>ForeignSysType</c> are <c>xsi:nil</c>; each attribute carries its
/// <c>attrType</c>; attributes with an empty value are left out, and the list is sorted by name as in
/// the recorded answers. With several foreign ids the emulator writes the first (an assumption).
/// </remarks>
internal static class LeadRecordXml
{
    private const string EmailField = "Email";

    /// <summary>The record, with every attribute when <paramref name="include"/> is null, or only those it names.</summary>
    /// <param name="store">The store, whose gate the caller holds; it knows the fields' types.</param>
    /// <param name="lead">The lead.</param>
    /// <param name="include">
    /// The fields asked for by <c>includeAttributes</c>; then the <c>Email</c> element is filled only
    /// when <c>Email</c> is among them, and an empty list is nil (operations facts §3.2).
    /// </param>
    public static XElement Write(MarketoEmulatorStore store, StoredLead lead, IReadOnlySet<string>? include = null)
    {
        var foreign = lead.ForeignPersonIds.FirstOrDefault();
        var attributes = lead.Attributes
            .Where(a => a.Value.Length > 0 && (include is null || include.Contains(a.Key)))
            .OrderBy(a => a.Key, StringComparer.Ordinal)
            .Select(a => new XElement(
                "attribute",
                new XElement("attrName", a.Key),
                new XElement("attrType", store.LeadFieldTypeLocked(a.Key)),
                new XElement("attrValue", a.Value)))
            .ToList();
        var email = include is null || include.Contains(EmailField) ? lead.Email : null;

        return new XElement(
            "leadRecord",
            new XElement("Id", lead.Id),
            OrNil("Email", email),
            OrNil("ForeignSysPersonId", foreign?.Id),
            OrNil("ForeignSysType", foreign?.SystemType),
            attributes.Count > 0 || include is null ? new XElement("leadAttributeList", attributes) : Nil("leadAttributeList"));
    }

    public static XElement Nil(string name) => new(name, new XAttribute(SoapNames.Nil, true));

    private static XElement OrNil(string name, string? value) => value is null ? Nil(name) : new XElement(name, value);
}
