using Marketo.Soap.SourceGeneration.Model;
using static Marketo.Soap.SourceGeneration.Emit.CodeBuilder;

namespace Marketo.Soap.SourceGeneration.Emit;

/// <summary>
/// Emits forward-only <c>XmlReader</c> code that builds the proxy objects XmlSerializer's own
/// reader builds from the same XML: members matched by name and namespace, each read once,
/// unknown elements skipped, <c>xsi:nil</c> honoured where the member is nillable (and always for
/// arrays), <c>xsi:type</c> choosing among the <c>XmlInclude</c> types, <c>…Specified</c> set
/// for every member read.
/// </summary>
internal static class ReaderEmitter
{
    public static void EmitType(CodeBuilder code, WireComplexType type)
    {
        var t = type.TypeName;
        code.Open($"private static {t}? Read_{type.MethodSuffix}(global::System.Xml.XmlReader r, bool isNullable, bool checkType)");
        code.Open("if (checkType)");
        code.Line("var xsiType = XsiType(r);");
        code.Open("if (xsiType is not null)");
        foreach (var derived in type.Derived)
        {
            code.Line($"if (xsiType.Value.Name == {Literal(derived.XmlName)} && xsiType.Value.Namespace == {Literal(derived.XmlNamespace)}) return Read_{derived.MethodSuffix}(r, isNullable, false);");
        }

        code.Line($"if (xsiType.Value.Name != {Literal(type.XmlName)} || xsiType.Value.Namespace != {Literal(type.XmlNamespace)}) throw UnknownType(xsiType.Value.Name, xsiType.Value.Namespace);");
        code.Close();
        code.Close();
        code.Line("if (isNullable && ReadNil(r)) return null;");
        if (type.IsAbstract)
        {
            code.Line($"throw new global::System.InvalidOperationException(\"The specified type is abstract: name='{type.XmlName}', namespace='{type.XmlNamespace}'.\");");
            code.Close();
            code.Line();
            return;
        }

        code.Line($"var o = new {t}();");
        code.Open("if (r.IsEmptyElement)").Line("r.Skip();").Line("return o;").Close();
        for (var i = 0; i < type.Members.Count; i++)
        {
            code.Line($"var read{i} = false;");
        }

        code.Line("r.ReadStartElement();");
        code.Line("r.MoveToContent();");
        code.Open("while (r.NodeType != global::System.Xml.XmlNodeType.EndElement && r.NodeType != global::System.Xml.XmlNodeType.None)");
        code.Open("if (r.NodeType != global::System.Xml.XmlNodeType.Element)").Line("r.Skip();").Close();
        for (var i = 0; i < type.Members.Count; i++)
        {
            var member = type.Members[i];
            code.Open($"else if (!read{i} && r.LocalName == {Literal(member.ElementName)} && r.NamespaceURI == {Literal(member.Namespace)})");
            if (member.IsArray)
            {
                EmitArray(code, member, 0, $"o.{member.Property} = ");
            }
            else
            {
                EmitValue(code, member.Value, member.IsNullable, member.IsNullableValueType, $"o.{member.Property} = ");
            }

            if (member.SpecifiedProperty is not null)
            {
                code.Line($"o.{member.SpecifiedProperty} = true;");
            }

            code.Line($"read{i} = true;");
            code.Close();
        }

        code.Open("else").Line("r.Skip();").Close();
        code.Line("r.MoveToContent();");
        code.Close();
        code.Line("r.ReadEndElement();");
        code.Line("return o;");
        code.Close();
        code.Line();
    }

    public static void EmitEnum(CodeBuilder code, WireEnum type)
    {
        code.Open($"private static {type.TypeName} Parse_{type.MethodSuffix}(string text) => text switch");
        foreach (var constant in type.Constants)
        {
            code.Line($"{Literal(constant.Value)} => {type.TypeName}.{constant.Key},");
        }

        code.Line($"_ => throw new global::System.InvalidOperationException(\"Instance validation error: '\" + text + \"' is not a valid value for {type.MethodSuffix}.\"),");
        code.Close(";");
        code.Line();
    }

    /// <summary>A reply's body: its parts, each read once, anything else skipped, up to the end of <c>s:Body</c>.</summary>
    public static void EmitReplyBody(CodeBuilder code, WireMessage message)
    {
        code.Open($"private static {message.TypeName} ReadBody_{message.MethodSuffix}(global::System.Xml.XmlReader r)");
        code.Line($"var m = new {message.TypeName}();");
        code.Line("r.MoveToContent();");
        code.Open("while (r.NodeType != global::System.Xml.XmlNodeType.EndElement && r.NodeType != global::System.Xml.XmlNodeType.None)");
        code.Open("if (r.NodeType != global::System.Xml.XmlNodeType.Element)").Line("r.Skip();").Close();
        foreach (var part in message.Body)
        {
            code.Open($"else if (m.{part.Field} is null && r.LocalName == {Literal(part.ElementName)} && r.NamespaceURI == {Literal(part.Namespace)})")
                .Line($"m.{part.Field} = Read_{part.Type.MethodSuffix}(r, true, true);")
                .Close();
        }

        code.Open("else").Line("r.Skip();").Close();
        code.Line("r.MoveToContent();");
        code.Close();
        code.Line("return m;");
        code.Close();
        code.Line();
    }

    private static void EmitArray(CodeBuilder code, WireMember member, int level, string assign)
    {
        var item = member.ArrayItems[level];
        var itemType = ItemType(member, level + 1);
        var list = "list" + level;
        code.Open("if (ReadNil(r))").Line(Assign(assign, "null")).Close();
        code.Open("else");
        code.Line($"var {list} = new PooledList<{itemType}>();");
        code.Open("if (r.IsEmptyElement)").Line("r.Skip();").Close();
        code.Open("else");
        code.Line("r.ReadStartElement();");
        code.Line("r.MoveToContent();");
        code.Open("while (r.NodeType != global::System.Xml.XmlNodeType.EndElement && r.NodeType != global::System.Xml.XmlNodeType.None)");
        code.Open($"if (r.NodeType == global::System.Xml.XmlNodeType.Element && r.LocalName == {Literal(item.Name)} && r.NamespaceURI == {Literal(item.Namespace)})");
        if (level + 1 < member.ArrayItems.Count)
        {
            EmitArray(code, member, level + 1, $"{list}.Add(");
        }
        else
        {
            EmitValue(code, member.Value, item.IsNullable, false, $"{list}.Add(");
        }

        code.Close();
        code.Open("else").Line("r.Skip();").Close();
        code.Line("r.MoveToContent();");
        code.Close();
        code.Line("r.ReadEndElement();");
        code.Close();
        code.Line(Assign(assign, $"{list}.ToArray()"));
        code.Close();
    }

    /// <summary>The type of the items at <paramref name="fromLevel"/>: the value, or arrays of it for a jagged member.</summary>
    private static string ItemType(WireMember member, int fromLevel)
    {
        var type = member.Value.Kind == ValueKind.String || member.Value.Kind == ValueKind.Complex ? member.Value.TypeName + "?" : member.Value.TypeName;
        for (var level = fromLevel; level < member.ArrayItems.Count; level++)
        {
            type += "[]?";
        }

        return type;
    }

    private static void EmitValue(CodeBuilder code, WireValue value, bool isNullable, bool isNullableValueType, string assign)
    {
        if (value.Kind == ValueKind.Complex)
        {
            code.Line(Assign(assign, $"Read_{value.Complex!.MethodSuffix}(r, {(isNullable ? "true" : "false")}, true)"));
            return;
        }

        var parsed = ValueText.ReadElement(value);
        if (isNullable && (value.Kind == ValueKind.String || isNullableValueType))
        {
            code.Open("if (ReadNil(r))").Line(Assign(assign, "null")).Close();
            code.Open("else").Line(Assign(assign, parsed)).Close();
        }
        else
        {
            code.Line(Assign(assign, parsed));
        }
    }

    /// <summary>Completes an assignment (<c>x = </c>) or a call (<c>list.Add(</c>).</summary>
    private static string Assign(string assign, string expression) =>
        assign.EndsWith("(", System.StringComparison.Ordinal) ? assign + expression + ");" : assign + expression + ";";
}
