using System.Globalization;
using System.Xml.Linq;
using System.Xml.Schema;

namespace Marketo.Soap.Testing.Contract;

/// <summary>Checks a header or body element against the WSDL's schema.</summary>
/// <remarks>
/// Two separate steps, because Marketo treated them differently: an element the schema does not
/// declare where it stands (a lowercase <c>id</c> in a <c>leadRecord</c>) was silently ignored
/// (contract facts §0.4, §2.8), so lenient mode can drop it and carry on; everything else the
/// schema forbids (order, types, required elements) is checked afterwards by a full validation.
/// </remarks>
internal static class SchemaGuard
{
    /// <summary>Elements under <paramref name="element"/> that its declaration does not declare at their position, outermost first.</summary>
    public static IReadOnlyList<XElement> FindUndeclared(XElement element, XmlSchemaElement declaration, XmlSchemaSet schemas)
    {
        var undeclared = new List<XElement>();
        Walk(element, declaration.ElementSchemaType, schemas, undeclared);
        return undeclared;
    }

    /// <summary>Every schema violation in <paramref name="element"/>, each with where it is. Empty when the element is valid.</summary>
    public static IReadOnlyList<string> Validate(XElement element, XmlSchemaSet schemas)
    {
        // Validated as a document of its own; namespace declarations made further out (on the
        // Envelope, say, for xsi) are copied onto it so prefixed values still resolve.
        var copy = new XElement(element);
        foreach (var declaration in InScopeNamespaceDeclarations(element))
        {
            if (copy.Attribute(declaration.Name) is null)
            {
                copy.Add(declaration);
            }
        }

        var errors = new List<string>();
        new XDocument(copy).Validate(schemas, (sender, e) =>
            errors.Add(sender is XElement at ? $"{PathOf(at)}: {e.Message}" : e.Message));
        return errors;
    }

    /// <summary>A readable location such as <c>/paramsSyncMultipleLeads/leadRecordList/leadRecord[2]/id</c>.</summary>
    public static string PathOf(XElement element)
    {
        var steps = new Stack<string>();
        for (var e = element; e is not null; e = e.Parent)
        {
            var sameName = e.Parent?.Elements(e.Name).ToList();
            steps.Push(sameName is { Count: > 1 }
                ? string.Create(CultureInfo.InvariantCulture, $"{e.Name.LocalName}[{sameName.IndexOf(e) + 1}]")
                : e.Name.LocalName);
            if (e.Name.Namespace == SoapNames.Mktows && e.Parent?.Name.Namespace == SoapNames.Soap11)
            {
                break;
            }
        }

        return "/" + string.Join("/", steps);
    }

    private static void Walk(XElement element, XmlSchemaType? type, XmlSchemaSet schemas, List<XElement> undeclared)
    {
        // An element of the abstract LeadSelector names its concrete selector with xsi:type, and
        // its children are that type's (operations facts §0.3, item 2).
        type = NamedBy(element.Attribute(SoapNames.Xsi + "type"), schemas) ?? type;
        if (type is not XmlSchemaComplexType complex || IsNil(element))
        {
            return;
        }

        var declared = new Dictionary<XName, XmlSchemaElement>();
        CollectDeclaredChildren(complex.ContentTypeParticle, declared);
        foreach (var child in element.Elements())
        {
            if (declared.TryGetValue(child.Name, out var childDeclaration))
            {
                Walk(child, childDeclaration.ElementSchemaType, schemas, undeclared);
            }
            else
            {
                undeclared.Add(child);
            }
        }
    }

    private static void CollectDeclaredChildren(XmlSchemaParticle? particle, Dictionary<XName, XmlSchemaElement> declared)
    {
        switch (particle)
        {
            case XmlSchemaElement element:
                // Local elements are unqualified in Marketo's schema, so most names here have no namespace.
                declared[XNamespace.Get(element.QualifiedName.Namespace) + element.QualifiedName.Name] = element;
                break;
            case XmlSchemaGroupBase group:
                foreach (var item in group.Items)
                {
                    CollectDeclaredChildren(item as XmlSchemaParticle, declared);
                }

                break;
        }
    }

    private static XmlSchemaType? NamedBy(XAttribute? xsiType, XmlSchemaSet schemas)
    {
        if (xsiType is null)
        {
            return null;
        }

        var colon = xsiType.Value.IndexOf(':', StringComparison.Ordinal);
        var ns = colon < 0 ? xsiType.Parent!.GetDefaultNamespace() : xsiType.Parent!.GetNamespaceOfPrefix(xsiType.Value[..colon]);
        return ns is null ? null : schemas.GlobalTypes[new System.Xml.XmlQualifiedName(xsiType.Value[(colon + 1)..].Trim(), ns.NamespaceName)] as XmlSchemaType;
    }

    private static bool IsNil(XElement element) =>
        element.Attribute(SoapNames.Nil) is { } nil && (nil.Value.Trim() is "true" or "1");

    private static IEnumerable<XAttribute> InScopeNamespaceDeclarations(XElement element) =>
        element.Ancestors()
            .SelectMany(a => a.Attributes())
            .Where(a => a.IsNamespaceDeclaration)
            .GroupBy(a => a.Name)
            .Select(g => new XAttribute(g.Key, g.First().Value));
}
