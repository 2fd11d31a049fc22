using System.Linq;
using Marketo.Soap.SourceGeneration.Model;
using static Marketo.Soap.SourceGeneration.Emit.CodeBuilder;

namespace Marketo.Soap.SourceGeneration.Emit;

/// <summary>
/// Emits forward-only <c>XmlWriter</c> code that makes the same writer calls, in the same order,
/// as XmlSerializer's own generated writer (<c>XmlSerializationWriter</c>) makes for the same
/// types, so that over the same writer the bytes are the same.
/// </summary>
internal static class WriterEmitter
{
    public static void EmitType(CodeBuilder code, WireComplexType type)
    {
        var t = type.TypeName;
        code.Open($"private static void Write_{type.MethodSuffix}(global::System.Xml.XmlWriter w, string n, string ns, {t}? o, bool isNullable, bool needType, ref int prefixes)");
        code.Open("if (o is null)").Line("if (isNullable) WriteNil(w, n, ns);").Line("return;").Close();
        if (type.Derived.Count > 0 || type.IsAbstract)
        {
            code.Open($"if (o.GetType() != typeof({t}))");
            foreach (var derived in type.Derived)
            {
                code.Open($"if (o is {derived.TypeName} d{derived.MethodSuffix})")
                    .Line($"Write_{derived.MethodSuffix}(w, n, ns, d{derived.MethodSuffix}, isNullable, true, ref prefixes);")
                    .Line("return;")
                    .Close();
            }

            code.Line($"throw new global::System.InvalidOperationException(\"The type \" + o.GetType().FullName + \" was not expected where {type.XmlName} is written.\");");
            code.Close();
        }

        code.Line("w.WriteStartElement(n, ns);");
        code.Line($"if (needType) WriteXsiType(w, {Literal(type.XmlName)}, {Literal(type.XmlNamespace)}, ref prefixes);");
        code.Line($"WriteMembers_{type.MethodSuffix}(w, o, ref prefixes);");
        code.Line("w.WriteEndElement();");
        code.Close();
        code.Line();

        code.Open($"private static void WriteMembers_{type.MethodSuffix}(global::System.Xml.XmlWriter w, {t} o, ref int prefixes)");
        foreach (var member in type.Members)
        {
            EmitMember(code, member);
        }

        code.Close();
        code.Line();
    }

    public static void EmitEnum(CodeBuilder code, WireEnum type)
    {
        code.Open($"private static string Text_{type.MethodSuffix}({type.TypeName} value) => value switch");
        foreach (var constant in type.Constants)
        {
            code.Line($"{type.TypeName}.{constant.Key} => {Literal(constant.Value)},");
        }

        code.Line($"_ => throw new global::System.InvalidOperationException(\"Instance validation error: '\" + ((long)value).ToString(global::System.Globalization.CultureInfo.InvariantCulture) + \"' is not a valid value for {type.MethodSuffix}.\"),");
        code.Close(";");
        code.Line();
    }

    /// <summary>The body of a request: XmlSerializer declares xsi and xsd on the open <c>s:Body</c> before its parts.</summary>
    public static void EmitRequestBody(CodeBuilder code, WireMessage message)
    {
        code.Open($"private static void WriteBody_{message.MethodSuffix}(global::System.Xml.XmlWriter w, {message.TypeName} m)");
        code.Line("var prefixes = 0;");
        code.Line("WriteSchemaNamespaces(w);");
        foreach (var part in message.Body)
        {
            code.Line($"Write_{part.Type.MethodSuffix}(w, {Literal(part.ElementName)}, {Literal(part.Namespace)}, m.{part.Field}, true, false, ref prefixes);");
        }

        code.Close();
        code.Line();
    }

    private static void EmitMember(CodeBuilder code, WireMember member)
    {
        var guards = new[]
        {
            member.SpecifiedProperty is null ? null : $"o.{member.SpecifiedProperty}",
            member.ShouldSerializeMethod is null ? null : $"o.{member.ShouldSerializeMethod}()",
        }.Where(g => g is not null).ToList();
        if (guards.Count > 0)
        {
            code.Open($"if ({string.Join(" && ", guards)})");
        }
        else
        {
            // A block of its own, so each member's locals stay apart.
            code.Open("// " + member.Property);
        }

        if (member.IsArray)
        {
            EmitArray(code, member, $"o.{member.Property}", 0);
        }
        else
        {
            EmitValue(code, member.Value, member.ElementName, member.Namespace, $"o.{member.Property}", member.IsNullable, member.IsNullableValueType);
        }

        code.Close();
    }

    private static void EmitArray(CodeBuilder code, WireMember member, string source, int level)
    {
        var name = level == 0 ? member.ElementName : member.ArrayItems[level - 1].Name;
        var ns = level == 0 ? member.Namespace : member.ArrayItems[level - 1].Namespace;
        var isNullable = level == 0 ? member.IsNullable : member.ArrayItems[level - 1].IsNullable;
        var a = "a" + level;
        var i = "i" + level;
        code.Line($"var {a} = {source};");
        code.Open($"if ({a} is not null)");
        code.Line($"w.WriteStartElement({Literal(name)}, {Literal(ns)});");
        code.Open($"for (var {i} = 0; {i} < {a}.Length; {i}++)");
        var item = member.ArrayItems[level];
        if (level + 1 < member.ArrayItems.Count)
        {
            EmitArray(code, member, $"{a}[{i}]", level + 1);
        }
        else
        {
            EmitValue(code, member.Value, item.Name, item.Namespace, $"{a}[{i}]", item.IsNullable, false);
        }

        code.Close();
        code.Line("w.WriteEndElement();");
        code.Close();
        if (isNullable)
        {
            code.Open("else").Line($"WriteNil(w, {Literal(name)}, {Literal(ns)});").Close();
        }
    }

    private static void EmitValue(CodeBuilder code, WireValue value, string name, string ns, string source, bool isNullable, bool isNullableValueType)
    {
        var n = Literal(name);
        var s = Literal(ns);
        switch (value.Kind)
        {
            case ValueKind.Complex:
                code.Line($"Write_{value.Complex!.MethodSuffix}(w, {n}, {s}, {source}, {(isNullable ? "true" : "false")}, false, ref prefixes);");
                return;
            case ValueKind.String:
                code.Line($"var text = {source};");
                code.Line($"if (text is not null) w.WriteElementString({n}, {s}, text);");
                if (isNullable)
                {
                    code.Line($"else WriteNil(w, {n}, {s});");
                }

                return;
        }

        if (isNullableValueType)
        {
            code.Line($"var value = {source};");
            code.Line($"if (value.HasValue) w.WriteElementString({n}, {s}, {ValueText.Format(value, "value.GetValueOrDefault()")});");
            if (isNullable)
            {
                code.Line($"else WriteNil(w, {n}, {s});");
            }

            return;
        }

        code.Line($"w.WriteElementString({n}, {s}, {ValueText.Format(value, source)});");
    }
}
