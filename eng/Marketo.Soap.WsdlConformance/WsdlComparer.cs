namespace Marketo.Soap.WsdlConformance;

/// <summary>
/// Compares the project's WSDL with a reference WSDL: every complex type (abstract, base, and
/// each element's name, position, type, occurrence and nillability), every simple type (base and
/// enumeration values in order), every global element, every message and its parts, and every
/// operation (soapAction, messages, and the headers and body its binding declares).
/// </summary>
internal static class WsdlComparer
{
    /// <summary>Lists every difference between <paramref name="reference"/> and <paramref name="project"/>.</summary>
    /// <param name="reference">The WSDL the project must match (Marketo's, brought to 2_3).</param>
    /// <param name="project">The project's WSDL.</param>
    /// <param name="projectAdditions">
    /// Global elements the project declares on purpose although the reference does not; each is
    /// accepted only while it is actually there.
    /// </param>
    public static ConformanceReport Compare(WsdlModel reference, WsdlModel project, IReadOnlySet<string> projectAdditions)
    {
        var differences = new List<string>();
        if (reference.TargetNamespace != project.TargetNamespace)
        {
            differences.Add($"targetNamespace: Marketo's is {reference.TargetNamespace}, the project's {project.TargetNamespace}");
        }

        if (reference.ElementFormDefault != project.ElementFormDefault)
        {
            differences.Add($"elementFormDefault: Marketo's is {reference.ElementFormDefault}, the project's {project.ElementFormDefault}");
        }

        var complexTypes = Pair("complex type", reference.ComplexTypes, project.ComplexTypes, differences, CompareComplexType);
        var simpleTypes = Pair("simple type", reference.SimpleTypes, project.SimpleTypes, differences, CompareSimpleType);
        var globalElements = Pair(
            "global element",
            reference.GlobalElements,
            project.GlobalElements.Where(e => !projectAdditions.Contains(e.Key)).ToDictionary(),
            differences,
            (name, theirs, ours, found) =>
            {
                if (theirs != ours)
                {
                    found.Add($"global element {name}: Marketo's type is {WsdlModel.Show(theirs)}, the project's {WsdlModel.Show(ours)}");
                }
            });
        differences.AddRange(projectAdditions.Where(a => !project.GlobalElements.ContainsKey(a)).Select(a => $"global element {a}: listed as a project addition, but the project's WSDL no longer declares it"));
        var messages = Pair("message", reference.Messages, project.Messages, differences, (name, theirs, ours, found) => CompareSequence($"message {name} parts", theirs, ours, found));
        var operations = Pair("operation", reference.Operations, project.Operations, differences, CompareOperation);
        return new ConformanceReport(complexTypes, simpleTypes, globalElements, messages, operations, differences);
    }

    private static int Pair<T>(string kind, IReadOnlyDictionary<string, T> reference, IReadOnlyDictionary<string, T> project, List<string> differences, Action<string, T, T, List<string>> compare)
    {
        differences.AddRange(reference.Keys.Except(project.Keys).Order(StringComparer.Ordinal).Select(n => $"{kind} {n}: in Marketo's WSDL, missing from the project's"));
        differences.AddRange(project.Keys.Except(reference.Keys).Order(StringComparer.Ordinal).Select(n => $"{kind} {n}: in the project's WSDL, not in Marketo's"));
        var shared = reference.Keys.Intersect(project.Keys).Order(StringComparer.Ordinal).ToList();
        foreach (var name in shared)
        {
            compare(name, reference[name], project[name], differences);
        }

        return shared.Count;
    }

    private static void CompareComplexType(string name, ComplexTypeModel theirs, ComplexTypeModel ours, List<string> found)
    {
        if (theirs.IsAbstract != ours.IsAbstract)
        {
            found.Add($"complex type {name}: abstract is {theirs.IsAbstract} in Marketo's, {ours.IsAbstract} in the project's");
        }

        if (theirs.BaseType != ours.BaseType)
        {
            found.Add($"complex type {name}: Marketo's extends {Show(theirs.BaseType)}, the project's {Show(ours.BaseType)}");
        }

        for (var i = 0; i < Math.Max(theirs.Elements.Count, ours.Elements.Count); i++)
        {
            var where = $"complex type {name}[{i}]";
            if (i >= ours.Elements.Count)
            {
                found.Add($"{where}: Marketo's has {theirs.Elements[i]}, the project's nothing");
            }
            else if (i >= theirs.Elements.Count)
            {
                found.Add($"{where}: the project's has {ours.Elements[i]}, Marketo's nothing");
            }
            else if (theirs.Elements[i] != ours.Elements[i])
            {
                found.Add($"{where}: Marketo's has {theirs.Elements[i]}, the project's {ours.Elements[i]}");
            }
        }

        static string Show(System.Xml.XmlQualifiedName? type) => type is null ? "nothing" : WsdlModel.Show(type);
    }

    private static void CompareSimpleType(string name, SimpleTypeModel theirs, SimpleTypeModel ours, List<string> found)
    {
        if (theirs.BaseType != ours.BaseType)
        {
            found.Add($"simple type {name}: Marketo's restricts {WsdlModel.Show(theirs.BaseType)}, the project's {WsdlModel.Show(ours.BaseType)}");
        }

        CompareSequence($"simple type {name} values", theirs.Values, ours.Values, found);
    }

    private static void CompareOperation(string name, OperationModel theirs, OperationModel ours, List<string> found)
    {
        if (theirs.SoapAction != ours.SoapAction)
        {
            found.Add($"operation {name}: Marketo's soapAction is {theirs.SoapAction}, the project's {ours.SoapAction}");
        }

        if (theirs.InputMessage != ours.InputMessage || theirs.OutputMessage != ours.OutputMessage)
        {
            found.Add($"operation {name}: Marketo's messages are {theirs.InputMessage} -> {theirs.OutputMessage}, the project's {ours.InputMessage} -> {ours.OutputMessage}");
        }

        CompareSequence($"operation {name} binding", theirs.Binding, ours.Binding, found);
    }

    private static void CompareSequence(string what, IReadOnlyList<string> theirs, IReadOnlyList<string> ours, List<string> found)
    {
        if (!theirs.SequenceEqual(ours, StringComparer.Ordinal))
        {
            found.Add($"{what}: Marketo's are [{string.Join(", ", theirs)}], the project's [{string.Join(", ", ours)}]");
        }
    }
}
