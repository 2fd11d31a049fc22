using System.Xml.Linq;

namespace Marketo.Soap.WsdlConformance.Tests;

/// <summary>The comparer's WSDL fixtures, loaded fresh for each test so a test may change its copy.</summary>
internal static class Fixtures
{
    public static XDocument Reference22() => Load("reference-2_2.wsdl");

    public static XDocument Project23() => Load("project-2_3.wsdl");

    /// <summary>The reference brought to 2_3, as the conformance step does.</summary>
    public static WsdlModel Reference23()
    {
        var reference = WsdlModel.Read(Reference22());
        Marketo23Changes.Apply(reference);
        return reference;
    }

    public static XElement SchemaType(XDocument wsdl, string name) =>
        wsdl.Descendants().Single(e => e.Name.LocalName is "complexType" or "simpleType" && (string?)e.Attribute("name") == name);

    public static XElement SchemaElement(XDocument wsdl, string typeName, string elementName) =>
        SchemaType(wsdl, typeName).Descendants().Single(e => e.Name.LocalName == "element" && (string?)e.Attribute("name") == elementName);

    private static XDocument Load(string name) => XDocument.Load(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));
}
