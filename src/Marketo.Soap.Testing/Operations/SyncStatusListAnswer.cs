using System.Xml;
using System.Xml.Linq;
using Marketo.Soap.Testing.Contract;
using Marketo.Soap.Testing.Soap;

namespace Marketo.Soap.Testing.Operations;

/// <summary>The answer to syncMultipleLeads: <c>successSyncMultipleLeads/result/syncStatusList</c>, one <c>syncStatus</c> per record.</summary>
/// <remarks>
/// Written element by element rather than built as a tree and then written: a 300-lead answer is
/// 1,200 elements. <see cref="Tree"/> is the same answer as a tree, which tests hold the bytes to.
/// </remarks>
internal static class SyncStatusListAnswer
{
    private static readonly XName ResultName = SoapNames.Mktows + "successSyncMultipleLeads";

    /// <summary>The whole answer's bytes, as <see cref="SoapMessageWriter.Success(XElement)"/> writes <see cref="Tree"/>.</summary>
    public static byte[] Write(IReadOnlyList<LeadSyncOutcome> statuses)
    {
        // xsi is declared only when some error is nil, as for the tree.
        var usesXsi = false;
        foreach (var status in statuses)
        {
            usesXsi |= status.Error is null;
        }

        return SoapMessageWriter.Success(usesXsi, writer =>
        {
            writer.WriteStartElement(SoapNames.MktowsPrefix, ResultName.LocalName, ResultName.NamespaceName);
            writer.WriteStartElement(string.Empty, "result", string.Empty);
            writer.WriteStartElement(string.Empty, "syncStatusList", string.Empty);
            foreach (var status in statuses)
            {
                status.WriteTo(writer);
            }

            // An empty list closes as <syncStatusList />, a full one with its end tag, as the tree's would.
            if (statuses.Count == 0)
            {
                writer.WriteEndElement();
            }
            else
            {
                writer.WriteFullEndElement();
            }

            writer.WriteFullEndElement();
            writer.WriteFullEndElement();
        });
    }

    /// <summary>The result element as a tree.</summary>
    public static XElement Tree(IEnumerable<LeadSyncOutcome> statuses) => new(
        ResultName,
        new XElement("result", new XElement("syncStatusList", statuses.Select(s => s.ToXml()))));
}
