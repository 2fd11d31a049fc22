namespace Marketo.Soap.Testing.Tests.TestSupport;

/// <summary>Reads the XML fixtures copied beside the test assembly: the emulator's own, and Marketo's recorded ones.</summary>
internal static class Fixtures
{
    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));

    /// <summary>Marketo's recorded requests and answers, kept in the client's test project.</summary>
    public static string ReadRecorded(string name) => Read(Path.Combine("Recorded", name));

    public static string WsdlPath => Path.Combine(AppContext.BaseDirectory, "Fixtures", "mktows-2_3.wsdl");
}
