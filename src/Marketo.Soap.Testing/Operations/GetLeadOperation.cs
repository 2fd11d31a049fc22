using System.Xml.Linq;
using Marketo.Soap.Testing.Contract;
using Marketo.Soap.Testing.Soap;

namespace Marketo.Soap.Testing.Operations;

/// <summary>getLead: every lead one <c>leadKey</c> matches, with all their fields (operations facts §3.1).</summary>
internal sealed class GetLeadOperation
{
    private readonly MarketoEmulatorStore _store;

    public GetLeadOperation(MarketoEmulatorStore store)
    {
        _store = store;
    }

    /// <summary>Answers <c>paramsGetLead</c> with <c>successGetLead</c>.</summary>
    /// <exception cref="SoapFault">20103 when no lead matches, as captured: a fault, never a count of 0; 20102 for a malformed id.</exception>
    public XElement Execute(XElement parameters)
    {
        var key = parameters.Element("leadKey")!;
        var keyType = (string)key.Element("keyType")!;
        var keyValue = (string)key.Element("keyValue")!;

        lock (_store.Gate)
        {
            var leads = LeadKeys.FindLocked(_store, keyType, keyValue);
            if (leads.Count == 0)
            {
                throw SoapFault.Marketo(20103, $"No lead found with {keyType} = {keyValue}");
            }

            return new XElement(
                SoapNames.Mktows + "successGetLead",
                new XElement(
                    "result",
                    new XElement("count", leads.Count),
                    new XElement("leadRecordList", leads.Select(l => LeadRecordXml.Write(_store, l)))));
        }
    }
}
