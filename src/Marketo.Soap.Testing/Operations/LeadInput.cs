using System.Xml.Linq;

namespace Marketo.Soap.Testing.Operations;

/// <summary>One <c>leadRecord</c> of a sync request: its keys and its attributes in request order.</summary>
internal sealed record LeadInput(int? Id, string? Email, string? ForeignSysPersonId, string? ForeignSysType, IReadOnlyList<(string Name, string Value)> Attributes)
{
    // Names looked up once, not on each of a 300-lead call's 2,000 reads.
    private static readonly XName IdName = "Id";
    private static readonly XName EmailName = "Email";
    private static readonly XName ForeignSysPersonIdName = "ForeignSysPersonId";
    private static readonly XName ForeignSysTypeName = "ForeignSysType";
    private static readonly XName AttributeListName = "leadAttributeList";
    private static readonly XName AttributeName = "attribute";
    private static readonly XName AttrNameName = "attrName";
    private static readonly XName AttrValueName = "attrValue";

    public static LeadInput Read(XElement record) => new(
        WireValues.Int(record, IdName),
        WireValues.Text(record, EmailName),
        WireValues.Text(record, ForeignSysPersonIdName),
        WireValues.Text(record, ForeignSysTypeName),
        ReadAttributes(record.Element(AttributeListName)));

    private static (string Name, string Value)[] ReadAttributes(XElement? list)
    {
        if (list is null)
        {
            return [];
        }

        // Counted first, so the array is allocated once at its size rather than grown.
        var count = 0;
        for (var node = list.FirstNode; node is not null; node = node.NextNode)
        {
            count += node is XElement { Name: var name } && name == AttributeName ? 1 : 0;
        }

        var attributes = new (string Name, string Value)[count];
        var at = 0;
        for (var node = list.FirstNode; node is not null; node = node.NextNode)
        {
            if (node is XElement attribute && attribute.Name == AttributeName)
            {
                attributes[at++] = ((string)attribute.Element(AttrNameName)!, (string)attribute.Element(AttrValueName)!);
            }
        }

        return attributes;
    }
}
