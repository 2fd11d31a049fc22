using System.Xml.Linq;
using Marketo.Soap.Testing.Contract;

namespace Marketo.Soap.Testing.Tests.Contract;

/// <summary>How SchemaGuard names where a problem is, and which children it calls undeclared.</summary>
public class SchemaGuardPathAndWalkTests
{
    private static readonly XNamespace Mktows = "http://www.marketo.com/mktows/";
    private static readonly XNamespace Soap = "http://schemas.xmlsoap.org/soap/envelope/";
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";
    private static readonly WsdlContract Contract = WsdlContract.Instance;

    private static XElement InEnvelope(XElement part) =>
        new XElement(Soap + "Envelope", new XElement(Soap + "Body", part)).Element(Soap + "Body")!.Elements().Single();

    [Fact]
    public void PathOf_SecondOfTwoRecords_StartsAtTheBodysElementAndNumbersOnlyRepeats()
    {
        var part = InEnvelope(new XElement(
            Mktows + "paramsSyncMultipleLeads",
            new XElement("leadRecordList", new XElement("leadRecord", new XElement("Email", "a@example.com")), new XElement("leadRecord", new XElement("Email", "b@example.com")))));

        var email = part.Descendants("Email").Last();

        Assert.Equal("/paramsSyncMultipleLeads/leadRecordList/leadRecord[2]/Email", SchemaGuard.PathOf(email));
        Assert.Equal("/paramsSyncMultipleLeads/leadRecordList/leadRecord[1]", SchemaGuard.PathOf(part.Descendants("leadRecord").First()));
    }

    [Fact]
    public void PathOf_HeaderBlock_StartsAtTheBlock()
    {
        var envelope = new XElement(Soap + "Envelope", new XElement(Soap + "Header", new XElement(Mktows + "AuthenticationHeader", new XElement("mktowsUserId", "me"))));

        Assert.Equal("/AuthenticationHeader/mktowsUserId", SchemaGuard.PathOf(envelope.Descendants("mktowsUserId").Single()));
    }

    [Fact]
    public void PathOf_ForeignElementUnderTheBody_GoesUpToTheEnvelope()
    {
        XNamespace other = "urn:other";
        var part = InEnvelope(new XElement(other + "params", new XElement("child")));

        Assert.Equal("/Envelope/Body/params/child", SchemaGuard.PathOf(part.Element("child")!));
    }

    [Fact]
    public void PathOf_MarketoElementOutsideAnEnvelope_GoesUpToTheRoot()
    {
        var root = new XElement("wrapper", new XElement(Mktows + "paramsGetLead", new XElement("leadKey")));

        Assert.Equal("/wrapper/paramsGetLead/leadKey", SchemaGuard.PathOf(root.Descendants("leadKey").Single()));
    }

    [Fact]
    public void FindUndeclared_NilElement_IsNotLookedInto()
    {
        var part = InEnvelope(new XElement(
            Mktows + "paramsSyncMultipleLeads",
            new XAttribute(XNamespace.Xmlns + "xsi", Xsi),
            new XElement("leadRecordList", new XElement("leadRecord", new XElement("leadAttributeList", new XAttribute(Xsi + "nil", "true"), new XElement("stray"))))));

        var undeclared = SchemaGuard.FindUndeclared(part, Contract.FindGlobalElement(Mktows + "paramsSyncMultipleLeads")!, Contract.Schemas);

        Assert.Empty(undeclared);
    }

    [Fact]
    public void FindUndeclared_NotNil_IsLookedInto()
    {
        var part = InEnvelope(new XElement(
            Mktows + "paramsSyncMultipleLeads",
            new XAttribute(XNamespace.Xmlns + "xsi", Xsi),
            new XElement("leadRecordList", new XElement("leadRecord", new XElement("leadAttributeList", new XAttribute(Xsi + "nil", "false"), new XElement("stray"))))));

        var undeclared = SchemaGuard.FindUndeclared(part, Contract.FindGlobalElement(Mktows + "paramsSyncMultipleLeads")!, Contract.Schemas);

        Assert.Equal("stray", Assert.Single(undeclared).Name.LocalName);
    }

    [Fact]
    public void FindUndeclared_XsiTypeWithoutAPrefix_IsReadInTheDefaultNamespace()
    {
        // The selector's children are those of the type xsi:type names, here through a default namespace.
        var selector = new XElement(
            "leadSelector",
            new XAttribute("xmlns", Mktows.NamespaceName),
            new XAttribute(Xsi + "type", "LeadKeySelector"),
            new XElement("keyType", "IDNUM"),
            new XElement("keyValues"),
            new XElement("stray"));
        var part = InEnvelope(new XElement(Mktows + "paramsGetMultipleLeads", new XAttribute(XNamespace.Xmlns + "xsi", Xsi), selector));

        var undeclared = SchemaGuard.FindUndeclared(part, Contract.FindGlobalElement(Mktows + "paramsGetMultipleLeads")!, Contract.Schemas);

        Assert.Equal(["stray"], undeclared.Select(e => e.Name.LocalName));
    }
}
