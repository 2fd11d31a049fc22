using System.Xml.Linq;

namespace Marketo.Soap.Tests.TestSupport;

/// <summary>Builds long answers from a fixture, so a test of 300 records needs no 300-status file.</summary>
internal static class AnswerBuilder
{
    /// <summary>
    /// The fixture with its status list holding <paramref name="count"/> copies of the fixture's
    /// first status (<c>syncStatus</c> or <c>mObjStatus</c>).
    /// </summary>
    public static CannedResponse RepeatFirstStatus(string fixture, int count)
    {
        var document = XDocument.Parse(Fixtures.Read(fixture));
        var first = document.Descendants().First(e => e.Name.LocalName is "syncStatus" or "mObjStatus");
        var list = first.Parent!;
        list.RemoveNodes();
        list.Add(Enumerable.Range(0, count).Select(_ => new XElement(first)));
        return CannedResponse.Soap(document.ToString(SaveOptions.DisableFormatting));
    }
}
