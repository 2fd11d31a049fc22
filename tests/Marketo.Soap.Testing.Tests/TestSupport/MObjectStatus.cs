using System.Globalization;
using System.Xml.Linq;

namespace Marketo.Soap.Testing.Tests.TestSupport;

/// <summary>One <c>mObjStatus</c> of a syncMObjects answer: id, status, and the error when one is written.</summary>
internal sealed record MObjectStatus(int Id, string Status, string? Error)
{
    /// <summary>The one status of an answer to a single object.</summary>
    public static MObjectStatus Single(SoapAnswer answer)
    {
        answer.AssertSuccess();
        return From(Assert.Single(answer.MObjStatuses));
    }

    public static MObjectStatus From(XElement status) => new(
        int.Parse(status.Element("id")!.Value, CultureInfo.InvariantCulture),
        status.Element("status")!.Value,
        status.Element("error")?.Value);
}
