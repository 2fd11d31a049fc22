using System.Xml.Linq;

namespace Marketo.Soap.Tests.TestSupport;

public class XmlAssertTests
{
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";
    private static readonly XNamespace Mktows = "http://www.marketo.com/mktows/";

    [Fact]
    public void SemanticallyEqual_XsiTypeWithAnotherPrefixForTheSameNamespace_Passes()
    {
        XmlAssert.SemanticallyEqual(Selector("ns1", Mktows, "ns1:LeadKeySelector"), Selector("mkt", Mktows, "mkt:LeadKeySelector"));
    }

    [Fact]
    public void SemanticallyEqual_XsiTypeWithTheSamePrefixBoundElsewhere_Fails()
    {
        Assert.ThrowsAny<Exception>(() =>
            XmlAssert.SemanticallyEqual(Selector("ns1", Mktows, "ns1:LeadKeySelector"), Selector("ns1", "urn:elsewhere", "ns1:LeadKeySelector")));
    }

    [Fact]
    public void SemanticallyEqual_XsiTypeNamingAnotherType_Fails()
    {
        Assert.ThrowsAny<Exception>(() =>
            XmlAssert.SemanticallyEqual(Selector("ns1", Mktows, "ns1:LeadKeySelector"), Selector("ns1", Mktows, "ns1:StaticListSelector")));
    }

    private static XElement Selector(string prefix, XNamespace bound, string type) =>
        new(
            "leadSelector",
            new XAttribute(XNamespace.Xmlns + prefix, bound.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "xsi", Xsi.NamespaceName),
            new XAttribute(Xsi + "type", type));
}
