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

    public static LeadSyncOutcome Created(StoredLead lead) => new(lead.Id, "CREATED", null);

    public static LeadSyncOutcome Updated(StoredLead lead) => new(lead.Id, "UPDATED", null);

    // What leadId holds on a failure is undocumented; 0, which no lead has, is the emulator's choice.
    public static LeadSyncOutcome Failed(string error) => new(0, "FAILED", error);
}
