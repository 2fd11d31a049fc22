using System.Xml.Linq;
using Marketo.Soap.Testing.Contract;
using Marketo.Soap.Testing.Soap;

namespace Marketo.Soap.Testing.Operations;

/// <summary>listOperation: adds leads to a static list, removes them, or asks whether they are members (operations facts §5.1).</summary>
/// <remarks>
/// As captured: an add or remove that succeeds for every lead answers <c>success</c> true and a nil
/// <c>statusList</c>; a membership question answers one <c>leadStatus</c> per key, <c>success</c>
/// false once any lead is no member; a remove of a non-member answers <c>success</c> false and that
/// lead's <c>status</c> false, without a fault. When an add or remove fails for some lead the
/// emulator lists every key (an assumption). With <c>strict</c> true such a call changes nothing;
/// without it (the default, an assumption) the rest is applied.
/// </remarks>
internal sealed class ListMembershipOperation
{
    /// <summary>Leads per call (operations facts §5.1).</summary>
    public const int MaxLeads = 1000;

    private readonly MarketoEmulatorStore _store;

    public ListMembershipOperation(MarketoEmulatorStore store)
    {
        _store = store;
    }

    /// <exception cref="SoapFault">20110 for more than 1,000 leads; 20111 when the list does not exist or is keyed by a sales user or lead owner.</exception>
    public XElement Execute(XElement parameters)
    {
        var operation = ((string)parameters.Element("listOperation")!).Trim();
        var listKey = parameters.Element("listKey")!;
        var listKeyType = ((string)listKey.Element("keyType")!).Trim();
        var listName = (string)listKey.Element("keyValue")!;
        var keys = parameters.Element("listMemberList")!.Elements("leadKey").ToList();
        var strict = WireValues.Boolean(parameters, "strict") ?? false;
        if (keys.Count > MaxLeads)
        {
            throw SoapFault.Marketo(20110, $"Input error: {keys.Count} leads exceed the limit of {MaxLeads} per listOperation");
        }

        lock (_store.Gate)
        {
            // Lists of a sales user or of an SFDC lead owner are undocumented; the emulator has none.
            var list = (listKeyType == "MKTOLISTNAME" ? _store.FindStaticListByNameLocked(listName) : null)
                ?? throw SoapFault.Marketo(20111, $"List not found: no static list {listKeyType} = {listName}");
            var members = list.LeadIds.ToList();
            var statuses = keys.Select(k => (Key: k, Status: Apply(operation, k, members))).ToList();
            var allSucceeded = statuses.All(s => s.Status);

            if (operation != "ISMEMBEROFLIST" && (allSucceeded || !strict))
            {
                ListMembershipLog.Record(_store, list, members);
                _store.SaveStaticListLocked(list with { LeadIds = members });
            }

            return new XElement(
                SoapNames.Mktows + "successListOperation",
                new XElement(
                    "result",
                    new XElement("success", allSucceeded),
                    operation == "ISMEMBEROFLIST" || !allSucceeded
                        ? new XElement("statusList", statuses.Select(s => new XElement("leadStatus", new XElement("leadKey", s.Key.Elements()), new XElement("status", s.Status))))
                        : LeadRecordXml.Nil("statusList")));
        }
    }

    /// <summary>Applies one key to the working member list; true when it did what was asked (or, for the question, the lead is a member).</summary>
    private bool Apply(string operation, XElement key, List<int> members)
    {
        var leads = LeadKeys.FindLocked(_store, (string)key.Element("keyType")!, (string)key.Element("keyValue")!);
        if (leads.Count == 0)
        {
            return false;
        }

        var ids = leads.Select(l => l.Id).ToList();
        switch (operation)
        {
            case "ADDTOLIST":
                members.AddRange(ids.Where(id => !members.Contains(id)));
                return true;
            case "REMOVEFROMLIST":
                return members.RemoveAll(ids.Contains) > 0;
            default:
                return ids.Any(members.Contains);
        }
    }
}
