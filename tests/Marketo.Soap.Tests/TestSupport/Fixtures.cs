namespace Marketo.Soap.Tests.TestSupport;

/// <summary>Reads the XML fixtures under <c>Fixtures/</c>, copied beside the test assembly.</summary>
internal static class Fixtures
{
    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));

    public static string WsdlPath => Path.Combine(AppContext.BaseDirectory, "Fixtures", "mktows-2_3.wsdl");

    /// <summary>A copy of src/Marketo.Soap/Generated/Reference.cs, as text.</summary>
    public static string ProxySourcePath => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Reference.cs.txt");
}
