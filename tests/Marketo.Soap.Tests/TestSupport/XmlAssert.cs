using System.Xml.Linq;

namespace Marketo.Soap.Tests.TestSupport;

/// <summary>
/// Compares XML by meaning: element names with their namespaces, element order, attributes and
/// text. Prefixes, namespace declarations, the XML declaration and indentation do not count; an
/// <c>xsi:type</c> is compared by the namespace its prefix is bound to, not by the prefix.
/// </summary>
internal static class XmlAssert
{
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    public static void SemanticallyEqual(string expected, string actual)
    {
        var difference = FindDifference(XDocument.Parse(expected).Root!, XDocument.Parse(actual).Root!, "/");
        Assert.True(difference is null, $"{difference}\n--- expected ---\n{expected}\n--- actual ---\n{actual}");
    }

    public static void SemanticallyEqual(XElement expected, XElement actual)
    {
        var difference = FindDifference(expected, actual, "/");
        Assert.True(difference is null, $"{difference}\n--- expected ---\n{expected}\n--- actual ---\n{actual}");
    }

    private static string? FindDifference(XElement expected, XElement actual, string parentPath)
    {
        var path = $"{parentPath}{{{expected.Name.NamespaceName}}}{expected.Name.LocalName}";
        if (expected.Name != actual.Name)
        {
            return $"At {parentPath}: expected element {expected.Name}, found {actual.Name}.";
        }

        var expectedAttributes = MeaningfulAttributes(expected);
        var actualAttributes = MeaningfulAttributes(actual);
        if (!expectedAttributes.SequenceEqual(actualAttributes))
        {
            return $"At {path}: expected attributes [{string.Join(", ", expectedAttributes)}], found [{string.Join(", ", actualAttributes)}].";
        }

        var expectedChildren = expected.Elements().ToList();
        var actualChildren = actual.Elements().ToList();
        if (expectedChildren.Count == 0 && actualChildren.Count == 0)
        {
            return expected.Value.Trim() == actual.Value.Trim()
                ? null
                : $"At {path}: expected text '{expected.Value.Trim()}', found '{actual.Value.Trim()}'.";
        }

        for (var i = 0; i < Math.Max(expectedChildren.Count, actualChildren.Count); i++)
        {
            if (i >= expectedChildren.Count)
            {
                return $"At {path}: unexpected extra child {actualChildren[i].Name} at position {i}.";
            }

            if (i >= actualChildren.Count)
            {
                return $"At {path}: missing child {expectedChildren[i].Name} at position {i}.";
            }

            var difference = FindDifference(expectedChildren[i], actualChildren[i], path + "/");
            if (difference is not null)
            {
                return difference;
            }
        }

        return null;
    }

    /// <summary>An <c>xsi:type</c> value is a QName: its prefix counts only through the namespace it is bound to.</summary>
    private static string ResolveQName(XElement element, string qualifiedName)
    {
        var colon = qualifiedName.IndexOf(':', StringComparison.Ordinal);
        var prefix = colon < 0 ? null : qualifiedName[..colon];
        var namespaceName = prefix is null ? element.GetDefaultNamespace() : element.GetNamespaceOfPrefix(prefix);
        return namespaceName is null ? $"(unbound prefix '{prefix}'){qualifiedName[(colon + 1)..]}" : $"{{{namespaceName.NamespaceName}}}{qualifiedName[(colon + 1)..]}";
    }

    private static List<string> MeaningfulAttributes(XElement element) =>
        element.Attributes()
            .Where(a => !a.IsNamespaceDeclaration)
            .Select(a => a.Name == Xsi + "nil" ? $"xsi:nil={bool.Parse(a.Value)}"
                : a.Name == Xsi + "type" ? $"xsi:type={ResolveQName(element, a.Value)}"
                : $"{a.Name}={a.Value}")
            .Order(StringComparer.Ordinal)
            .ToList();
}
