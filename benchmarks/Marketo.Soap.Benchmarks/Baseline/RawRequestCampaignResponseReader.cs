using System.Xml;

namespace Marketo.Soap.Benchmarks.Baseline;

/// <summary>Reads a requestCampaign answer: whether Marketo accepted the request.</summary>
internal static class RawRequestCampaignResponseReader
{
    public static bool Read(Stream answer)
    {
        using var reader = RawResponseReader.OpenResultContent(answer, "successRequestCampaign");
        while (reader.NodeType == XmlNodeType.Element)
        {
            if (reader.LocalName == "success")
            {
                return reader.ReadElementContentAsBoolean();
            }

            reader.Skip();
        }

        throw new InvalidDataException("The answer has no success.");
    }
}
