using System.Xml;
using System.Xml.Linq;
using Marketo.Soap.Testing.Contract;

namespace Marketo.Soap.Testing.Operations;

/// <summary>What syncing one lead record did: the lead's id, <c>CREATED</c>, <c>UPDATED</c> or <c>FAILED</c>, and why it failed.</summary>
internal sealed record LeadSyncOutcome(int LeadId, string Status, string? Error)
{
    public bool IsFailure => Error is not null;

    /// <summary>The <c>syncStatus</c> element; <c>error</c> is nil on success, as in the recorded answers, never left out.</summary>
    public XElement ToXml() => new(
        "syncStatus",
        new XElement("leadId", LeadId),
        new XElement("status", Status),
        Error is null ? new XElement("error", new XAttribute(SoapNames.Nil, true)) : new XElement("error", Error));

    /// <summary>Writes the <c>syncStatus</c> element <see cref="ToXml"/> builds, as its tree would write itself.</summary>
    public void WriteTo(XmlWriter writer)
    {
        writer.WriteStartElement(string.Empty, "syncStatus", string.Empty);
        Write(writer, "leadId", XmlConvert.ToString(LeadId));
        Write(writer, "status", Status);
        writer.WriteStartElement(string.Empty, "error", string.Empty);
        if (Error is null)
        {
            writer.WriteAttributeString(SoapNames.XsiPrefix, SoapNames.Nil.LocalName, SoapNames.Xsi.NamespaceName, "true");
            writer.WriteEndElement();
        }
        else
        {
            writer.WriteString(Error);
            writer.WriteFullEndElement();
        }

        writer.WriteEndElement();
    }

    public static LeadSyncOutcome Created(StoredLead lead) => new(lead.Id, "CREATED", null);

    public static LeadSyncOutcome Updated(StoredLead lead) => new(lead.Id, "UPDATED", null);

    private static void Write(XmlWriter writer, string name, string value)
    {
        // A text-only element writes its text and a full end tag, even when the text is empty.
        writer.WriteStartElement(string.Empty, name, string.Empty);
        writer.WriteString(value);
        writer.WriteFullEndElement();
    }

    // What leadId holds on a failure is undocumented; 0, which no lead has, is the emulator's choice.
    public static LeadSyncOutcome Failed(string error) => new(0, "FAILED", error);
}
