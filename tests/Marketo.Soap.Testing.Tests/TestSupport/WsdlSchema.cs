using System.Xml.Linq;
using System.Xml.Schema;

namespace Marketo.Soap.Testing.Tests.TestSupport;

/// <summary>The project WSDL's schema, compiled by the tests themselves, to check what the emulator answers.</summary>
internal static class WsdlSchema
{
    private static readonly XNamespace Wsdl = "http://schemas.xmlsoap.org/wsdl/";
    private static readonly XNamespace Xs = "http://www.w3.org/2001/XMLSchema";

    public static XmlSchemaSet Load()
    {
        var schemas = new XmlSchemaSet();
        using var reader = XDocument.Load(Fixtures.WsdlPath).Root!.Element(Wsdl + "types")!.Element(Xs + "schema")!.CreateReader();
        schemas.Add(XmlSchema.Read(reader, null)!);
        schemas.Compile();
        return schemas;
    }

    /// <summary>Every schema error in the one element of an answer's Body; empty when it is valid.</summary>
    public static IReadOnlyList<string> ValidateBody(XDocument answer)
    {
        var body = answer.Root!.Elements().Single(e => e.Name.LocalName == "Body").Elements().Single();
        var copy = new XElement(body);
        copy.SetAttributeValue(XNamespace.Xmlns + "xsi", "http://www.w3.org/2001/XMLSchema-instance");
        var errors = new List<string>();
        new XDocument(copy).Validate(Load(), (_, e) => errors.Add(e.Message));
        return errors;
    }
}
