using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using System.Xml.Serialization;
using Marketo.Soap.Generated;
using Marketo.Soap.Tests.TestSupport;

namespace Marketo.Soap.Tests.Generated;

/// <summary>
/// What the proxy's shapes that the agreement test checks only by reflection actually put on the
/// wire: the derived selectors (xsi:type) and the jagged key lists (nested arrays), each written
/// by XmlSerializer and validated against the WSDL's schema.
/// </summary>
public class ProxySerializationTests
{
    private const string Tns = "http://www.marketo.com/mktows/";
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    [Fact]
    public void Serialize_GetMultipleLeadsWithKeySelector_WritesXsiTypeOfTheSelectorAndIsSchemaValid()
    {
        var request = new ParamsGetMultipleLeads
        {
            leadSelector = new LeadKeySelector { keyType = LeadKeyRef.EMAIL, keyValues = ["a@example.com", "b@example.com"] },
            batchSize = 100,
            batchSizeSpecified = true,
        };

        var xml = Serialize(request, "paramsGetMultipleLeads");

        var selector = xml.Element("leadSelector")!;
        var xsiType = (string)selector.Attribute(Xsi + "type")!;
        Assert.Equal(XName.Get("LeadKeySelector", Tns), Resolve(selector, xsiType));
        Assert.Equal(["a@example.com", "b@example.com"], selector.Element("keyValues")!.Elements("stringItem").Select(e => e.Value));
        Assert.Empty(SchemaErrors(xml));
    }

    [Fact]
    public void Serialize_LastUpdateAtSelector_WritesLatestBeforeOldestAsTheSchemaOrders()
    {
        var request = new ParamsGetMultipleLeads
        {
            leadSelector = new LastUpdateAtSelector
            {
                oldestUpdatedAt = new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc),
                latestUpdatedAt = new DateTime(2026, 11, 2, 0, 0, 0, DateTimeKind.Utc),
                latestUpdatedAtSpecified = true,
            },
        };

        var xml = Serialize(request, "paramsGetMultipleLeads");

        Assert.Equal(["latestUpdatedAt", "oldestUpdatedAt"], xml.Element("leadSelector")!.Elements().Select(e => e.Name.LocalName));
        Assert.Empty(SchemaErrors(xml));
    }

    [Fact]
    public void Serialize_MergeLeadsLosingKeyLists_WritesOneKeyListOfAttributesPerLoserAndIsSchemaValid()
    {
        var request = new ParamsMergeLeads
        {
            winningLeadKeyList = [new Marketo.Soap.Generated.Attribute { attrName = "IDNUM", attrValue = "1" }],
            losingLeadKeyLists =
            [
                [new Marketo.Soap.Generated.Attribute { attrName = "IDNUM", attrValue = "2" }],
                [new Marketo.Soap.Generated.Attribute { attrName = "EMAIL", attrValue = "c@example.com" }],
            ],
        };

        var xml = Serialize(request, "paramsMergeLeads");

        Assert.Equal(["2", "c@example.com"], xml.Element("losingLeadKeyLists")!.Elements("keyList").Select(k => k.Element("attribute")!.Element("attrValue")!.Value));
        Assert.Empty(SchemaErrors(xml));
    }

    private static XElement Serialize<T>(T value, string elementName)
    {
        var serializer = new XmlSerializer(typeof(T), new XmlRootAttribute(elementName) { Namespace = Tns });
        var document = new XDocument();
        using (var writer = document.CreateWriter())
        {
            serializer.Serialize(writer, value);
        }

        return document.Root!;
    }

    private static XName Resolve(XElement scope, string qualifiedName)
    {
        var colon = qualifiedName.IndexOf(':', StringComparison.Ordinal);
        return (colon < 0 ? scope.GetDefaultNamespace() : scope.GetNamespaceOfPrefix(qualifiedName[..colon])!) + qualifiedName[(colon + 1)..];
    }

    private static List<string> SchemaErrors(XElement element)
    {
        var wsdl = XDocument.Load(Fixtures.WsdlPath);
        var schemaElement = wsdl.Descendants(XName.Get("schema", XmlSchema.Namespace)).Single();
        var schemas = new XmlSchemaSet();
        using (var reader = schemaElement.CreateReader())
        {
            schemas.Add(XmlSchema.Read(reader, null)!);
        }

        var errors = new List<string>();
        new XDocument(element).Validate(schemas, (_, e) => errors.Add(e.Message));
        return errors;
    }
}
