using System.Xml;
using System.Xml.Linq;

namespace Marketo.Soap.WsdlConformance;

/// <summary>
/// What a WSDL says that matters on the wire, read into plain collections so that two WSDLs can
/// be compared item by item whatever their prefixes, layout, comments or declaration order.
/// </summary>
internal sealed class WsdlModel
{
    private static readonly XNamespace Wsdl = "http://schemas.xmlsoap.org/wsdl/";
    private static readonly XNamespace WsdlSoap = "http://schemas.xmlsoap.org/wsdl/soap/";
    private static readonly XNamespace Xs = "http://www.w3.org/2001/XMLSchema";

    public string TargetNamespace { get; private init; } = string.Empty;

    /// <summary>The schema's elementFormDefault, <c>unqualified</c> when absent.</summary>
    public string ElementFormDefault { get; private init; } = "unqualified";

    public Dictionary<string, ComplexTypeModel> ComplexTypes { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, SimpleTypeModel> SimpleTypes { get; } = new(StringComparer.Ordinal);

    /// <summary>Global elements and their types (the empty name for an anonymous type).</summary>
    public Dictionary<string, XmlQualifiedName> GlobalElements { get; } = new(StringComparer.Ordinal);

    /// <summary>Messages and their parts, each as <c>part = element</c>, in order.</summary>
    public Dictionary<string, List<string>> Messages { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, OperationModel> Operations { get; } = new(StringComparer.Ordinal);

    /// <summary>Shows a qualified name as <c>xs:int</c>, <c>tns:LeadRecord</c> or <c>(anonymous)</c>.</summary>
    public static string Show(XmlQualifiedName name) => name.Namespace switch
    {
        "" when name.Name.Length == 0 => "(anonymous)",
        "http://www.w3.org/2001/XMLSchema" => "xs:" + name.Name,
        _ => "tns:" + name.Name,
    };

    public static WsdlModel Load(string path) => Read(XDocument.Load(path));

    public static WsdlModel Read(XDocument document)
    {
        var definitions = document.Root ?? throw new InvalidDataException("The WSDL is empty.");
        var schemas = definitions.Elements(Wsdl + "types").Elements(Xs + "schema").ToList();
        if (schemas.Count != 1)
        {
            throw new InvalidDataException($"Expected one inline schema, found {schemas.Count}.");
        }

        var schema = schemas[0];
        var model = new WsdlModel
        {
            TargetNamespace = (string?)definitions.Attribute("targetNamespace") ?? string.Empty,
            ElementFormDefault = (string?)schema.Attribute("elementFormDefault") ?? "unqualified",
        };

        foreach (var complex in schema.Elements(Xs + "complexType"))
        {
            var type = ReadComplexType(complex);
            model.ComplexTypes.Add(type.Name, type);
        }

        foreach (var simple in schema.Elements(Xs + "simpleType"))
        {
            var restriction = simple.Element(Xs + "restriction");
            var values = restriction?.Elements(Xs + "enumeration").Select(e => (string)e.Attribute("value")!).ToList() ?? [];
            var name = (string)simple.Attribute("name")!;
            model.SimpleTypes.Add(name, new SimpleTypeModel(name, TypeName(restriction, "base"), values));
        }

        foreach (var element in schema.Elements(Xs + "element"))
        {
            model.GlobalElements.Add((string)element.Attribute("name")!, TypeName(element, "type"));
        }

        foreach (var message in definitions.Elements(Wsdl + "message"))
        {
            model.Messages.Add(
                (string)message.Attribute("name")!,
                [.. message.Elements(Wsdl + "part").Select(p => $"{(string)p.Attribute("name")!} = {Show(TypeName(p, "element"))}")]);
        }

        foreach (var operation in ReadOperations(definitions))
        {
            model.Operations.Add(operation.Name, operation);
        }

        return model;
    }

    private static ComplexTypeModel ReadComplexType(XElement complex)
    {
        var extension = complex.Element(Xs + "complexContent")?.Element(Xs + "extension");
        var content = extension ?? complex;
        var elements = content.Element(Xs + "sequence")?.Elements(Xs + "element")
            .Select(e => new SchemaElement(
                (string)e.Attribute("name")!,
                TypeName(e, "type"),
                (string?)e.Attribute("minOccurs") ?? "1",
                (string?)e.Attribute("maxOccurs") ?? "1",
                (bool?)e.Attribute("nillable") ?? false))
            .ToList() ?? [];
        if (content.Elements().Any(e => e.Name != Xs + "sequence" && e.Name != Xs + "annotation"))
        {
            throw new InvalidDataException($"Complex type {(string?)complex.Attribute("name")} has content other than one sequence, which this comparison does not read.");
        }

        return new ComplexTypeModel(
            (string)complex.Attribute("name")!,
            (bool?)complex.Attribute("abstract") ?? false,
            extension is null ? null : TypeName(extension, "base"),
            elements);
    }

    private static IEnumerable<OperationModel> ReadOperations(XElement definitions)
    {
        var portTypes = definitions.Elements(Wsdl + "portType").ToList();
        var bindings = definitions.Elements(Wsdl + "binding").ToList();
        if (portTypes.Count != 1 || bindings.Count != 1)
        {
            throw new InvalidDataException($"Expected one portType and one binding, found {portTypes.Count} and {bindings.Count}.");
        }

        var messageParts = definitions.Elements(Wsdl + "message").ToDictionary(
            m => (string)m.Attribute("name")!,
            m => m.Elements(Wsdl + "part").Select(p => (string)p.Attribute("name")!).ToList());
        var bound = bindings[0].Elements(Wsdl + "operation").ToDictionary(o => (string)o.Attribute("name")!);
        var bindingStyle = (string?)bindings[0].Element(WsdlSoap + "binding")?.Attribute("style") ?? "document";
        var transport = (string?)bindings[0].Element(WsdlSoap + "binding")?.Attribute("transport");

        foreach (var operation in portTypes[0].Elements(Wsdl + "operation"))
        {
            var name = (string)operation.Attribute("name")!;
            var input = TypeName(operation.Element(Wsdl + "input"), "message").Name;
            var output = TypeName(operation.Element(Wsdl + "output"), "message").Name;
            var binding = bound.GetValueOrDefault(name);
            var soapOperation = binding?.Element(WsdlSoap + "operation");
            var described = new List<string>
            {
                $"transport {transport}",
                $"style {(string?)soapOperation?.Attribute("style") ?? bindingStyle}",
            };
            if (binding is null)
            {
                described.Add("not bound");
            }
            else
            {
                described.AddRange(DescribeBoundMessage("input", binding.Element(Wsdl + "input"), messageParts.GetValueOrDefault(input) ?? []));
                described.AddRange(DescribeBoundMessage("output", binding.Element(Wsdl + "output"), messageParts.GetValueOrDefault(output) ?? []));
            }

            yield return new OperationModel(name, (string?)soapOperation?.Attribute("soapAction") ?? string.Empty, input, output, described);
        }
    }

    private static IEnumerable<string> DescribeBoundMessage(string direction, XElement? bound, List<string> parts)
    {
        if (bound is null)
        {
            yield return $"{direction} not bound";
            yield break;
        }

        foreach (var header in bound.Elements(WsdlSoap + "header"))
        {
            yield return $"{direction} header {TypeName(header, "message").Name}/{(string?)header.Attribute("part")} use={(string?)header.Attribute("use")}";
        }

        var body = bound.Element(WsdlSoap + "body");
        if (body is not null)
        {
            // Without a parts attribute the body carries every part of the message.
            var bodyParts = ((string?)body.Attribute("parts"))?.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList() ?? parts;
            yield return $"{direction} body use={(string?)body.Attribute("use")} parts={string.Join(' ', bodyParts)}";
        }
    }

    private static XmlQualifiedName TypeName(XElement? element, string attribute)
    {
        var value = (string?)element?.Attribute(attribute);
        if (element is null || value is null)
        {
            return XmlQualifiedName.Empty;
        }

        var colon = value.IndexOf(':', StringComparison.Ordinal);
        var ns = colon < 0 ? element.GetDefaultNamespace() : element.GetNamespaceOfPrefix(value[..colon]);
        return new XmlQualifiedName(value[(colon + 1)..], ns?.NamespaceName ?? string.Empty);
    }
}
