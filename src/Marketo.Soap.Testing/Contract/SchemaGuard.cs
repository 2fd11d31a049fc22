using System.Collections.Concurrent;
using System.Collections.Frozen;
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
    // The schema is compiled once per process, so each complex type's children are collected once
    // rather than for every element of every call (a 300-lead call walks about 2,000 elements).
    private static readonly ConcurrentDictionary<XmlSchemaComplexType, FrozenDictionary<XName, XmlSchemaElement>> DeclaredChildren = new();

    /// <summary>Elements under <paramref name="element"/> that its declaration does not declare at their position, outermost first.</summary>
    public static IReadOnlyList<XElement> FindUndeclared(XElement element, XmlSchemaElement declaration, XmlSchemaSet schemas)
    {
        var undeclared = new List<XElement>();
        Walk(element, declaration.ElementSchemaType, schemas, undeclared);
        return undeclared;
    }

    /// <summary>Every schema violation in <paramref name="element"/>, each with where it is. Empty when the element is valid.</summary>
    public static IReadOnlyList<string> Validate(XElement element, XmlSchemaElement declaration, XmlSchemaSet schemas)
    {
        // Validated in place against its global declaration, not as a copy in a document of its own:
        // prefixes declared further out (on the Envelope, say, for xsi) resolve where they stand, and
        // a 300-lead body is not copied element by element on every call.
        var errors = new List<string>();
        element.Validate(declaration, schemas, (sender, e) =>
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

        var declared = DeclaredChildren.GetOrAdd(complex, DeclaredChildrenOf);
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

    private static FrozenDictionary<XName, XmlSchemaElement> DeclaredChildrenOf(XmlSchemaComplexType complex)
    {
        var declared = new Dictionary<XName, XmlSchemaElement>();
        CollectDeclaredChildren(complex.ContentTypeParticle, declared);
        return declared.ToFrozenDictionary();
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
}
