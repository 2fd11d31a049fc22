namespace Marketo.Soap.Tests.TestSupport;

/// <summary>Reads the XML fixtures under <c>Fixtures/</c>, copied beside the test assembly.</summary>
internal static class Fixtures
{
    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));

    public static string WsdlPath => Path.Combine(AppContext.BaseDirectory, "Fixtures", "mktows-2_3.wsdl");
}
