using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace Marketo.Soap.Testing.Contract;

/// <summary>Whether an element is valid against its declaration, answered in one walk that stops at the first violation.</summary>
/// <remarks>
/// The schema declares no wildcards or substitution groups, so an element this walk accepts has
/// no undeclared element either: the common valid request is checked once, and only a request with
/// a problem goes through <see cref="SchemaGuard"/>'s two steps, which name every problem. The walk
/// makes the validator calls <see cref="System.Xml.Schema.Extensions.Validate(XElement, XmlSchemaObject, XmlSchemaSet, ValidationEventHandler)"/>
/// makes, with the same flags, so the two agree on what is valid; it leaves out what that method
/// spends on collecting messages and schema information.
/// </remarks>
internal static class SchemaAcceptance
{
    public static bool IsValid(XElement element, XmlSchemaElement declaration, XmlSchemaSet schemas)
    {
        var scope = new TreeNamespaces();
        var validator = new XmlSchemaValidator(schemas.NameTable, schemas, scope, XmlSchemaValidationFlags.AllowXmlAttributes)
        {
            XmlResolver = null,
        };

        // No warnings are asked for, so any event is an error; the first one ends the walk.
        validator.ValidationEventHandler += (_, e) => throw new Refused();
        try
        {
            validator.Initialize(declaration);
            Walk(element, validator, scope);
            validator.EndValidation();
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A violation, or anything else the walk did not expect: the two steps decide, as they always did.
            return false;
        }
    }

    private static void Walk(XElement element, XmlSchemaValidator validator, TreeNamespaces scope)
    {
        // FirstAttribute and NextNode rather than Attributes() and Nodes(): no iterator per element.
        scope.Current = element;
        string? xsiType = null;
        string? xsiNil = null;
        for (var attribute = element.FirstAttribute; attribute is not null; attribute = attribute.NextAttribute)
        {
            if (attribute.Name.Namespace == SoapNames.Xsi)
            {
                xsiType = attribute.Name.LocalName == "type" ? attribute.Value : xsiType;
                xsiNil = attribute.Name.LocalName == "nil" ? attribute.Value : xsiNil;
            }
        }

        validator.ValidateElement(element.Name.LocalName, element.Name.NamespaceName, null, xsiType, xsiNil, null, null);
        for (var attribute = element.FirstAttribute; attribute is not null; attribute = attribute.NextAttribute)
        {
            if (!attribute.IsNamespaceDeclaration)
            {
                validator.ValidateAttribute(attribute.Name.LocalName, attribute.Name.NamespaceName, attribute.Value, null);
            }
        }

        validator.ValidateEndOfAttributes(null);
        if (!element.HasElements)
        {
            // Text only: read as one string, which does not turn the element's text into a node
            // (the validator joins pieces of text into one value anyway).
            var text = element.Value;
            if (text.Length > 0)
            {
                validator.ValidateText(text);
            }
        }
        else
        {
            for (var node = element.FirstNode; node is not null; node = node.NextNode)
            {
                switch (node)
                {
                    case XElement child:
                        Walk(child, validator, scope);
                        scope.Current = element;
                        break;
                    case XText text when text.Value.Length > 0:
                        validator.ValidateText(text.Value);
                        break;
                }
            }
        }

        validator.ValidateEndElement(null);
    }

    /// <summary>Prefixes as they stand at the element being validated, its ancestors' declarations included.</summary>
    private sealed class TreeNamespaces : IXmlNamespaceResolver
    {
        public XElement? Current { get; set; }

        public IDictionary<string, string> GetNamespacesInScope(XmlNamespaceScope scope)
        {
            // The nearest declaration of each prefix wins, as in the tree.
            var inScope = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var element = Current; element is not null; element = element.Parent)
            {
                for (var attribute = element.FirstAttribute; attribute is not null; attribute = attribute.NextAttribute)
                {
                    if (attribute.IsNamespaceDeclaration)
                    {
                        inScope.TryAdd(attribute.Name.Namespace == XNamespace.None ? string.Empty : attribute.Name.LocalName, attribute.Value);
                    }
                }
            }

            return inScope;
        }

        public string? LookupNamespace(string prefix) =>
            prefix.Length == 0 ? Current?.GetDefaultNamespace().NamespaceName : Current?.GetNamespaceOfPrefix(prefix)?.NamespaceName;

        public string? LookupPrefix(string namespaceName) =>
            Current?.GetPrefixOfNamespace(namespaceName);
    }

    private sealed class Refused : Exception;
}
