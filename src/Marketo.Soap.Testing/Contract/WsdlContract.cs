using System.Text;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace Marketo.Soap.Testing.Contract;

/// <summary>
/// The project's WSDL (wsdl/mktows-2_3.wsdl, embedded in this assembly): its compiled schema, and
/// the operations its binding declares. Everything the emulator accepts comes from here, not from
/// names written into the emulator's code.
/// </summary>
internal sealed class WsdlContract
{
    private const string ResourceName = "Marketo.Soap.Testing.mktows-2_3.wsdl";

    private static readonly Lazy<WsdlContract> Embedded = new(Load);

    private readonly XDocument _wsdl;
    private readonly Dictionary<XName, ContractOperation> _operationsByRequest;

    private WsdlContract(XDocument wsdl, XmlSchemaSet schemas, IEnumerable<ContractOperation> operations)
    {
        _wsdl = wsdl;
        Schemas = schemas;
        _operationsByRequest = operations.ToDictionary(o => o.RequestElement);
    }

    /// <summary>The contract built from the embedded WSDL, loaded once per process.</summary>
    public static WsdlContract Instance => Embedded.Value;

    /// <summary>The WSDL's inline schema, compiled. Read-only after loading, so it is shared by every emulator.</summary>
    public XmlSchemaSet Schemas { get; }

    public IEnumerable<ContractOperation> Operations => _operationsByRequest.Values;

    public ContractOperation? FindByRequestElement(XName element) => _operationsByRequest.GetValueOrDefault(element);

    public XmlSchemaElement? FindGlobalElement(XName name) =>
        Schemas.GlobalElements[new XmlQualifiedName(name.LocalName, name.NamespaceName)] as XmlSchemaElement;

    /// <summary>The WSDL with its <c>soap:address</c> pointing at <paramref name="endpoint"/>, as UTF-8 bytes.</summary>
    public byte[] RenderFor(Uri endpoint)
    {
        var copy = new XDocument(_wsdl);
        foreach (var address in copy.Descendants(SoapNames.WsdlSoap + "address"))
        {
            address.SetAttributeValue("location", endpoint.AbsoluteUri);
        }

        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false }))
        {
            copy.Save(writer);
        }

        return buffer.ToArray();
    }

    private static WsdlContract Load()
    {
        using var stream = typeof(WsdlContract).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded WSDL {ResourceName} is missing from the assembly.");
        var wsdl = XDocument.Load(stream, LoadOptions.PreserveWhitespace);
        var definitions = wsdl.Root!;

        var schemas = new XmlSchemaSet { XmlResolver = null };
        foreach (var schema in definitions.Elements(SoapNames.Wsdl + "types").Elements(SoapNames.Xs + "schema"))
        {
            using var reader = schema.CreateReader();
            schemas.Add(XmlSchema.Read(reader, (_, e) => throw new InvalidOperationException($"The embedded WSDL's schema is invalid: {e.Message}"))!);
        }

        schemas.Compile();
        return new WsdlContract(wsdl, schemas, ReadOperations(definitions));
    }

    private static IEnumerable<ContractOperation> ReadOperations(XElement definitions)
    {
        var messages = definitions.Elements(SoapNames.Wsdl + "message").ToDictionary(
            m => (string)m.Attribute("name")!,
            m => Resolve(m.Element(SoapNames.Wsdl + "part")!, (string)m.Element(SoapNames.Wsdl + "part")!.Attribute("element")!));

        var portOperations = definitions.Elements(SoapNames.Wsdl + "portType").Elements(SoapNames.Wsdl + "operation").ToDictionary(
            o => (string)o.Attribute("name")!,
            o => (Input: LocalMessageName(o.Element(SoapNames.Wsdl + "input")!), Output: LocalMessageName(o.Element(SoapNames.Wsdl + "output")!)));

        foreach (var operation in definitions.Elements(SoapNames.Wsdl + "binding").Elements(SoapNames.Wsdl + "operation"))
        {
            var name = (string)operation.Attribute("name")!;
            var soapAction = (string?)operation.Element(SoapNames.WsdlSoap + "operation")?.Attribute("soapAction") ?? string.Empty;
            var headers = operation.Element(SoapNames.Wsdl + "input")!.Elements(SoapNames.WsdlSoap + "header")
                .Select(h => messages[LocalName((string)h.Attribute("message")!)])
                .ToList();
            var (input, output) = portOperations[name];
            yield return new ContractOperation(name, soapAction, messages[input], messages[output], headers);
        }
    }

    private static string LocalMessageName(XElement inputOrOutput) => LocalName((string)inputOrOutput.Attribute("message")!);

    private static string LocalName(string qualifiedName) => qualifiedName[(qualifiedName.IndexOf(':', StringComparison.Ordinal) + 1)..];

    private static XName Resolve(XElement scope, string qualifiedName)
    {
        var colon = qualifiedName.IndexOf(':', StringComparison.Ordinal);
        var ns = colon < 0 ? scope.GetDefaultNamespace() : scope.GetNamespaceOfPrefix(qualifiedName[..colon]) ?? XNamespace.None;
        return ns + qualifiedName[(colon + 1)..];
    }
}
