using Marketo.Soap.WsdlConformance;

// Usage: Marketo.Soap.WsdlConformance <project WSDL> <Marketo's 2_2 WSDL>
// Exit codes: 0 the WSDLs agree, 1 they differ (each difference is listed), 2 bad usage or input.
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: Marketo.Soap.WsdlConformance <project WSDL> <Marketo's 2_2 WSDL>");
    return 2;
}

try
{
    var project = WsdlModel.Load(args[0]);
    var marketo = WsdlModel.Load(args[1]);

    Console.WriteLine($"Marketo's 2_2 WSDL ({args[1]}), brought to 2_3:");
    foreach (var change in Marketo23Changes.Apply(marketo))
    {
        Console.WriteLine("  " + change);
    }

    var report = WsdlComparer.Compare(marketo, project, ProjectAdditions.GlobalElements);
    Console.WriteLine(
        $"Compared {report.ComplexTypes} complex types, {report.SimpleTypes} simple types, {report.GlobalElements} global elements, " +
        $"{report.Messages} messages and {report.Operations} operations with {args[0]}; accepted as project additions: {string.Join(", ", ProjectAdditions.GlobalElements)}.");
    foreach (var difference in report.Differences)
    {
        Console.WriteLine("DIFFERENCE " + difference);
    }

    Console.WriteLine(report.Differences.Count == 0 ? "No differences." : $"{report.Differences.Count} difference(s).");
    return report.Differences.Count == 0 ? 0 : 1;
}
catch (Exception e) when (e is IOException or InvalidDataException or System.Xml.XmlException or UnauthorizedAccessException)
{
    Console.Error.WriteLine($"Cannot compare: {e.Message}");
    return 2;
}
