using System.Xml.Linq;

namespace Marketo.Soap.Testing.Operations;

/// <summary>One <c>leadRecord</c> of a sync request: its keys and its attributes in request order.</summary>
internal sealed record LeadInput(int? Id, string? Email, string? ForeignSysPersonId, string? ForeignSysType, IReadOnlyList<(string Name, string Value)> Attributes)
{
    public static LeadInput Read(XElement record) => new(
        WireValues.Int(record, "Id"),
        WireValues.Text(record, "Email"),
        WireValues.Text(record, "ForeignSysPersonId"),
        WireValues.Text(record, "ForeignSysType"),
        [.. (record.Element("leadAttributeList")?.Elements("attribute") ?? []).Select(a => ((string)a.Element("attrName")!, (string)a.Element("attrValue")!))]);
}
