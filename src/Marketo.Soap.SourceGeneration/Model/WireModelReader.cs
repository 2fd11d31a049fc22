using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Marketo.Soap.SourceGeneration.Model;

/// <summary>
/// Reads a WCF service contract and the XmlSerializer attributes of the types its messages carry,
/// as XmlSerializer itself reads them: <c>XmlType</c>, <c>XmlElement</c> (name, form, namespace,
/// <c>IsNullable</c>, <c>Order</c>), <c>XmlArray</c>/<c>XmlArrayItem</c> (with nesting levels),
/// <c>XmlInclude</c>, <c>XmlIgnore</c>, <c>XmlEnum</c>, the <c>…Specified</c> and
/// <c>ShouldSerialize…()</c> conventions, and the message contracts' headers and body members.
/// </summary>
internal sealed class WireModelReader
{
    private const string Xml = "System.Xml.Serialization.";
    private const string ServiceModel = "System.ServiceModel.";

    private readonly Dictionary<string, WireComplexType> complexTypes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, WireEnum> enums = new(StringComparer.Ordinal);

    /// <summary>Every complex type met so far, in the order first met.</summary>
    public List<WireComplexType> ComplexTypes { get; } = [];

    public List<WireEnum> Enums { get; } = [];

    public List<WireOperation> ReadOperations(INamedTypeSymbol contract)
    {
        var operations = new List<WireOperation>();
        foreach (var method in contract.GetMembers().OfType<IMethodSymbol>())
        {
            var operationContract = Attribute(method, ServiceModel + "OperationContractAttribute");
            if (operationContract is null || method.Parameters.Length != 1 || method.ReturnType is not INamedTypeSymbol { TypeArguments.Length: 1 } task)
            {
                continue;
            }

            var name = (string?)Named(operationContract, "Name") ?? TrimAsync(method.Name);
            var action = (string?)Named(operationContract, "Action") ?? string.Empty;
            var request = ReadMessage((INamedTypeSymbol)method.Parameters[0].Type);
            var reply = ReadMessage((INamedTypeSymbol)task.TypeArguments[0]);
            operations.Add(new WireOperation(name, action, request, reply));
        }

        return operations;
    }

    private static string TrimAsync(string name) =>
        name.EndsWith("Async", StringComparison.Ordinal) ? name.Substring(0, name.Length - 5) : name;

    private WireMessage ReadMessage(INamedTypeSymbol type)
    {
        var message = new WireMessage(FullName(type));
        var body = new List<(int Order, WirePart Part)>();
        foreach (var field in type.GetMembers().OfType<IFieldSymbol>())
        {
            if (Attribute(field, ServiceModel + "MessageHeaderAttribute") is { } header)
            {
                message.Headers.Add(Part(field, header));
            }
            else if (Attribute(field, ServiceModel + "MessageBodyMemberAttribute") is { } member)
            {
                body.Add(((int?)Named(member, "Order") ?? 0, Part(field, member)));
            }
        }

        message.Body.AddRange(body.OrderBy(b => b.Order).Select(b => b.Part));
        return message;
    }

    private WirePart Part(IFieldSymbol field, AttributeData attribute) =>
        new(field.Name, (string?)Named(attribute, "Name") ?? field.Name, (string?)Named(attribute, "Namespace") ?? string.Empty, Complex((INamedTypeSymbol)field.Type));

    private WireComplexType Complex(INamedTypeSymbol type)
    {
        var name = FullName(type);
        if (complexTypes.TryGetValue(name, out var known))
        {
            return known;
        }

        var xmlType = Attribute(type, Xml + "XmlTypeAttribute");
        var complex = new WireComplexType(
            name,
            (xmlType is null ? null : (string?)Named(xmlType, "TypeName") ?? (xmlType.ConstructorArguments.Length > 0 ? (string?)xmlType.ConstructorArguments[0].Value : null)) ?? type.Name,
            (xmlType is null ? null : (string?)Named(xmlType, "Namespace")) ?? string.Empty,
            type.IsAbstract);
        complexTypes.Add(name, complex);
        ComplexTypes.Add(complex);

        var chain = new List<INamedTypeSymbol>();
        for (var t = type; t is not null && t.SpecialType != SpecialType.System_Object; t = t.BaseType)
        {
            chain.Insert(0, t);
        }

        foreach (var level in chain)
        {
            complex.Members.AddRange(ReadMembers(level, complex.XmlNamespace).OrderBy(m => m.Order));
        }

        foreach (var include in type.GetAttributes().Where(a => Is(a, Xml + "XmlIncludeAttribute")))
        {
            if (include.ConstructorArguments.Length == 1 && include.ConstructorArguments[0].Value is INamedTypeSymbol derived)
            {
                complex.Derived.Add(Complex(derived));
            }
        }

        return complex;
    }

    private IEnumerable<WireMember> ReadMembers(INamedTypeSymbol type, string typeNamespace)
    {
        var properties = type.GetMembers().OfType<IPropertySymbol>().Where(p => p.DeclaredAccessibility == Accessibility.Public && !p.IsStatic).ToList();
        var names = new HashSet<string>(properties.Select(p => p.Name), StringComparer.Ordinal);
        var methods = new HashSet<string>(
            type.GetMembers().OfType<IMethodSymbol>().Where(m => m.DeclaredAccessibility == Accessibility.Public && m.Parameters.Length == 0 && m.ReturnType.SpecialType == SpecialType.System_Boolean).Select(m => m.Name),
            StringComparer.Ordinal);

        foreach (var property in properties)
        {
            if (Attribute(property, Xml + "XmlIgnoreAttribute") is not null)
            {
                continue;
            }

            var specified = names.Contains(property.Name + "Specified") ? property.Name + "Specified" : null;
            var shouldSerialize = methods.Contains("ShouldSerialize" + property.Name) ? "ShouldSerialize" + property.Name : null;
            if (Attribute(property, Xml + "XmlArrayAttribute") is { } array)
            {
                yield return ArrayMember(property, array, typeNamespace, specified, shouldSerialize);
            }
            else
            {
                var element = Attribute(property, Xml + "XmlElementAttribute");
                var elementName = element is null ? null : (string?)Named(element, "ElementName") ?? (element.ConstructorArguments.Length > 0 ? (string?)element.ConstructorArguments[0].Value : null);
                var (valueType, nullableValue) = Unwrap(property.Type);
                yield return new WireMember(
                    property.Name,
                    string.IsNullOrEmpty(elementName) ? property.Name : elementName!,
                    Namespace(element, typeNamespace),
                    element is null ? 0 : (int?)Named(element, "Order") ?? 0,
                    element is not null && (bool?)Named(element, "IsNullable") == true,
                    nullableValue,
                    specified,
                    shouldSerialize,
                    [],
                    Value(valueType));
            }
        }
    }

    private WireMember ArrayMember(IPropertySymbol property, AttributeData array, string typeNamespace, string? specified, string? shouldSerialize)
    {
        var arrayNamespace = Namespace(array, typeNamespace);
        var items = new List<WireArrayItem>();
        var itemType = property.Type;
        var level = 0;
        while (itemType is IArrayTypeSymbol arrayType)
        {
            var item = property.GetAttributes().FirstOrDefault(a => Is(a, Xml + "XmlArrayItemAttribute") && ((int?)Named(a, "NestingLevel") ?? 0) == level);
            itemType = arrayType.ElementType;
            var itemName = item is null ? null : (string?)Named(item, "ElementName") ?? (item.ConstructorArguments.Length > 0 ? (string?)item.ConstructorArguments[0].Value : null);
            items.Add(new WireArrayItem(
                string.IsNullOrEmpty(itemName) ? DefaultItemName(itemType) : itemName!,
                Namespace(item, arrayNamespace),
                item is null || (bool?)Named(item, "IsNullable") != false));
            level++;
        }

        var arrayName = (string?)Named(array, "ElementName") ?? (array.ConstructorArguments.Length > 0 ? (string?)array.ConstructorArguments[0].Value : null);
        return new WireMember(
            property.Name,
            string.IsNullOrEmpty(arrayName) ? property.Name : arrayName!,
            arrayNamespace,
            (int?)Named(array, "Order") ?? 0,
            (bool?)Named(array, "IsNullable") == true,
            false,
            specified,
            shouldSerialize,
            items,
            Value(itemType));
    }

    private static string DefaultItemName(ITypeSymbol type) => type.SpecialType switch
    {
        SpecialType.System_String => "string",
        SpecialType.System_Int32 => "int",
        _ => type.Name,
    };

    private static (ITypeSymbol Type, bool NullableValue) Unwrap(ITypeSymbol type) =>
        type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable
            ? (nullable.TypeArguments[0], true)
            : (type, false);

    private WireValue Value(ITypeSymbol type)
    {
        var name = FullName(type);
        switch (type.SpecialType)
        {
            case SpecialType.System_String: return new WireValue(ValueKind.String, "string", null, null);
            case SpecialType.System_Int32: return new WireValue(ValueKind.Int32, "int", null, null);
            case SpecialType.System_Int64: return new WireValue(ValueKind.Int64, "long", null, null);
            case SpecialType.System_Boolean: return new WireValue(ValueKind.Boolean, "bool", null, null);
            case SpecialType.System_DateTime: return new WireValue(ValueKind.DateTime, "global::System.DateTime", null, null);
            case SpecialType.System_Decimal: return new WireValue(ValueKind.Decimal, "decimal", null, null);
            case SpecialType.System_Double: return new WireValue(ValueKind.Double, "double", null, null);
            case SpecialType.System_Single: return new WireValue(ValueKind.Single, "float", null, null);
        }

        if (type.TypeKind == TypeKind.Enum)
        {
            return new WireValue(ValueKind.Enum, name, null, Enum((INamedTypeSymbol)type));
        }

        if (type is INamedTypeSymbol { TypeKind: TypeKind.Class } named)
        {
            return new WireValue(ValueKind.Complex, name, Complex(named), null);
        }

        throw new NotSupportedException("The serialization generator does not know how XmlSerializer writes " + name + ".");
    }

    private WireEnum Enum(INamedTypeSymbol type)
    {
        var name = FullName(type);
        if (!enums.TryGetValue(name, out var known))
        {
            var constants = type.GetMembers().OfType<IFieldSymbol>().Where(f => f.IsConst)
                .Select(f => new KeyValuePair<string, string>(f.Name, Attribute(f, Xml + "XmlEnumAttribute") is { ConstructorArguments.Length: > 0 } e ? (string?)e.ConstructorArguments[0].Value ?? f.Name : f.Name))
                .ToList();
            known = new WireEnum(name, constants);
            enums.Add(name, known);
            Enums.Add(known);
        }

        return known;
    }

    /// <summary>Unqualified elements are in no namespace; qualified ones in theirs or the enclosing type's.</summary>
    private static string Namespace(AttributeData? attribute, string enclosing)
    {
        if (attribute is null)
        {
            return enclosing;
        }

        // XmlSchemaForm: None = 0, Qualified = 1, Unqualified = 2.
        if (Named(attribute, "Form") is int form && form == 2)
        {
            return string.Empty;
        }

        return (string?)Named(attribute, "Namespace") ?? enclosing;
    }

    private static string FullName(ITypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);

    private static bool Is(AttributeData attribute, string fullName) => attribute.AttributeClass?.ToDisplayString() == fullName;

    private static AttributeData? Attribute(ISymbol symbol, string fullName) => symbol.GetAttributes().FirstOrDefault(a => Is(a, fullName));

    private static object? Named(AttributeData attribute, string name)
    {
        foreach (var argument in attribute.NamedArguments)
        {
            if (argument.Key == name)
            {
                return argument.Value.Value;
            }
        }

        return null;
    }
}
